package io.verbatim.view;

import io.verbatim.domain.FieldLengths;
import io.verbatim.domain.Review;
import io.verbatim.domain.ReviewMatch;
import io.verbatim.domain.Statement;
import io.verbatim.domain.Verdict;
import io.verbatim.domain.VerdictSource;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A fact-check as served by the API, with the statement it is linked to. */
@Schema(name = "Review", description = "A fact-check (schema.org ClaimReview) and the statement it reviews.",
        requiredProperties = {"id", "statement", "linked", "match", "unlinkedByEditor", "start", "end", "claimReviewed", "claimant",
                "claimDate", "url", "title", "publisher", "author", "datePublished", "language", "rating", "verdict",
                "verdictFrom", "createdAt", "updatedAt", "version"})
public record ReviewView(
        UUID id,
        @Schema(description = "The reviewed statement, or null while the review is unlinked.", nullable = true)
        ReviewedStatement statement,
        @Schema(description = "Whether the review is linked to a statement.") boolean linked,
        @Schema(description = "How it was linked: by the quote check (EXACT, EXCERPT, NEAR) or by an editor (MANUAL);"
                + " null while unlinked.", nullable = true, maxLength = 7)
        ReviewMatch match,
        @Schema(description = "An editor decided the claim reviews no statement on record: it stays unlinked and "
                + "is left out of `linked=false`.")
        boolean unlinkedByEditor,
        @Schema(description = "When the claim is a cut of the statement: where it starts in the statement's text "
                + "(a character offset).", nullable = true, example = "23", minimum = "0", maximum = "10000")
        Integer start,
        @Schema(description = "Where the claim ends in the statement's text (exclusive).", nullable = true,
                example = "81", minimum = "0", maximum = "10000")
        Integer end,
        @Schema(description = "The claim as the fact-checker worded it.",
                example = "The United States and Russia hold 90% of all nuclear weapons",
                maxLength = FieldLengths.CLAIM_REVIEWED)
        String claimReviewed,
        @Schema(description = "Who made the claim, as the fact-checker named them.", nullable = true,
                example = "Rand Paul", maxLength = FieldLengths.CLAIMANT)
        String claimant,
        @Schema(nullable = true, example = "2018-09-25") LocalDate claimDate,
        @Schema(example = "https://factcheck.example.org/2018/rand-paul-nukes", maxLength = FieldLengths.REVIEW_URL)
        String url,
        @Schema(nullable = true, maxLength = FieldLengths.REVIEW_TITLE,
                example = "Do the US and Russia hold 90% of nuclear weapons?")
        String title,
        PublisherView publisher,
        @Schema(nullable = true, maxLength = FieldLengths.REVIEW_AUTHOR, example = "Jane Checker") String author,
        @Schema(nullable = true, example = "2018-09-27") LocalDate datePublished,
        @Schema(nullable = true, maxLength = FieldLengths.LANGUAGE, example = "en") String language,
        @Schema(description = "The rating as published; null when there was none.", nullable = true)
        RatingView rating,
        @Schema(description = "The rating normalised (see the verdict table in reviews/verdict-labels.tsv).")
        Verdict verdict,
        @Schema(description = "Where the verdict came from: the rating's LABEL, its numeric value between worst and "
                + "best (RATING), an EDITOR, or nothing known (UNMAPPED: the verdict is OTHER).")
        VerdictSource verdictFrom,
        Instant createdAt,
        Instant updatedAt,
        @Schema(description = "Incremented on every change; the basis of the ETag.", example = "0", minimum = "0",
                maximum = SchemaBounds.INT32_MAX)
        int version) {

    /** The reviewed statement, in short. */
    @Schema(name = "ReviewedStatement", requiredProperties = {"id", "text", "speaker", "saidOn"})
    public record ReviewedStatement(
            UUID id,
            @Schema(example = "The United States and Russia hold 90% of all nuclear weapons.",
                    maxLength = FieldLengths.STATEMENT_TEXT)
            String text,
            SpeakerRef speaker,
            @Schema(example = "2018-09-25") LocalDate saidOn) {

        static ReviewedStatement of(Statement statement) {
            return statement == null ? null
                    : new ReviewedStatement(statement.id, statement.text, SpeakerRef.of(statement.speaker), statement.saidOn);
        }
    }

    /** The fact-checking organisation. */
    @Schema(name = "Publisher", requiredProperties = {"name", "site"})
    public record PublisherView(
            @Schema(example = "FactCheck Example", maxLength = FieldLengths.PUBLISHER_NAME) String name,
            @Schema(nullable = true, example = "https://factcheck.example.org", maxLength = FieldLengths.PUBLISHER_SITE)
            String site) {
    }

    /** A rating as published. */
    @Schema(name = "Rating", requiredProperties = {"label", "value", "best", "worst"})
    public record RatingView(
            @Schema(nullable = true, example = "Mostly false", maxLength = FieldLengths.RATING_LABEL) String label,
            @Schema(nullable = true, example = "2") Double value,
            @Schema(nullable = true, example = "5") Double best,
            @Schema(nullable = true, example = "1") Double worst) {
    }

    public static ReviewView of(Review review) {
        boolean rated = review.ratingLabel != null || review.ratingValue != null || review.ratingBest != null
                || review.ratingWorst != null;
        return new ReviewView(review.id, ReviewedStatement.of(review.statement), review.statement != null,
                review.matchKind, review.unlinkedByEditor, review.spanStart, review.spanEnd, review.claimReviewed, review.claimant,
                review.claimDate, review.url, review.title,
                new PublisherView(review.publisherName, review.publisherSite), review.author, review.datePublished,
                review.language,
                rated ? new RatingView(review.ratingLabel, review.ratingValue, review.ratingBest, review.ratingWorst) : null,
                review.verdict, review.verdictFrom, review.createdAt, review.updatedAt, review.version);
    }
}
