package io.verbatim.view;

import io.verbatim.domain.Review;
import io.verbatim.domain.SourceCitation;
import io.verbatim.domain.Statement;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A review as schema.org {@code ClaimReview} JSON-LD: the fact-checker is the {@code author}, the rating is the
 * {@code reviewRating}, and the {@code itemReviewed} is a {@code Claim} whose {@code author} is the speaker on record
 * (else the claimant as named), whose {@code appearance} lists the statement's sources and whose
 * {@code firstAppearance} is the earliest of them.
 */
public final class ClaimReviewLd {

    private ClaimReviewLd() {
    }

    public static Map<String, Object> of(Review review, String selfUrl, String statementUrl) {
        Map<String, Object> ld = new LinkedHashMap<>();
        ld.put("@context", "https://schema.org");
        ld.put("@type", "ClaimReview");
        ld.put("@id", selfUrl);
        ld.put("url", review.url);
        if (review.title != null) {
            ld.put("name", review.title);
        }
        ld.put("claimReviewed", review.claimReviewed);
        if (review.datePublished != null) {
            ld.put("datePublished", review.datePublished.toString());
        }
        if (review.language != null) {
            ld.put("inLanguage", review.language);
        }
        Map<String, Object> publisher = new LinkedHashMap<>();
        publisher.put("@type", "Organization");
        publisher.put("name", review.publisherName);
        if (review.publisherSite != null) {
            publisher.put("url", review.publisherSite);
        }
        ld.put("author", publisher);
        if (review.author != null) {
            ld.put("creator", Map.of("@type", "Person", "name", review.author));
        }
        Map<String, Object> rating = new LinkedHashMap<>();
        rating.put("@type", "Rating");
        if (review.ratingValue != null) {
            rating.put("ratingValue", review.ratingValue);
            rating.put("bestRating", review.ratingBest == null ? 5.0 : review.ratingBest);
            rating.put("worstRating", review.ratingWorst == null ? 1.0 : review.ratingWorst);
        }
        rating.put("alternateName", review.ratingLabel != null ? review.ratingLabel : review.verdict.name());
        rating.put("name", review.verdict.name());
        ld.put("reviewRating", rating);
        ld.put("itemReviewed", claim(review, statementUrl));
        return ld;
    }

    private static Map<String, Object> claim(Review review, String statementUrl) {
        Map<String, Object> claim = new LinkedHashMap<>();
        claim.put("@type", "Claim");
        Statement statement = review.statement;
        if (statement == null) {
            if (review.claimant != null) {
                claim.put("author", Map.of("@type", "Person", "name", review.claimant));
            }
            if (review.claimDate != null) {
                claim.put("datePublished", review.claimDate.toString());
            }
            return claim;
        }
        claim.put("@id", statementUrl);
        claim.put("author", Quotation.agent(statement.speaker));
        claim.put("datePublished", statement.saidOn.toString());
        claim.put("text", statement.text);
        List<SourceCitation> sources = statement.sources;
        claim.put("appearance", sources.stream().map(Quotation::work).toList());
        sources.stream()
                .min(Comparator.comparing((SourceCitation citation) -> citation.source.publishedOn == null
                        ? LocalDate.MAX : citation.source.publishedOn))
                .ifPresent(first -> claim.put("firstAppearance", Quotation.work(first)));
        return claim;
    }
}
