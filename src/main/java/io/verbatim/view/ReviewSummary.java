package io.verbatim.view;

import io.verbatim.domain.FieldLengths;
import io.verbatim.domain.Review;
import io.verbatim.domain.Verdict;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.UUID;

/** A fact-check of a statement, in short, as statements and quote-check matches carry it. */
@Schema(name = "ReviewSummary", description = "A fact-check of this statement: who checked it and the verdict.",
        requiredProperties = {"id", "publisher", "verdict", "label", "url"})
public record ReviewSummary(
        UUID id,
        @Schema(description = "The fact-checker's name.", example = "FactCheck Example",
                maxLength = FieldLengths.PUBLISHER_NAME)
        String publisher,
        Verdict verdict,
        @Schema(description = "The rating as published.", nullable = true, example = "Mostly true",
                maxLength = FieldLengths.RATING_LABEL)
        String label,
        @Schema(description = "The fact-check.", example = "https://factcheck.example.org/2018/rand-paul-nukes",
                maxLength = FieldLengths.REVIEW_URL)
        String url) {

    public static ReviewSummary of(Review review) {
        return new ReviewSummary(review.id, review.publisherName, review.verdict, review.ratingLabel, review.url);
    }
}
