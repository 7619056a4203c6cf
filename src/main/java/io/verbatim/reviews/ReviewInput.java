package io.verbatim.reviews;

import io.verbatim.domain.FieldLengths;
import io.verbatim.domain.Verdict;
import io.verbatim.importing.LanguageTags;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.util.UUID;

/** The body that creates or replaces a review (a fact-check). Server-set fields are refused, not ignored. */
@Schema(name = "ReviewInput", description = "A fact-check to create or replace. Name the reviewed `statement` by id "
        + "to link it by hand (or `unlinkedByEditor` to keep it unlinked); without one the service links it through the quote check (the claim must be on record, "
        + "word for word, as an excerpt or with a few words changed, by the `claimant`), else it stays unlinked. "
        + "`verdict` overrides the verdict mapped from the rating.")
public record ReviewInput(
        @Schema(description = "The reviewed statement's id: links the review by hand.", nullable = true,
                example = "2d4f9ab0-9b67-4c1c-a8c3-5e1f0f6a7b2c")
        UUID statement,
        @Schema(description = "`true`: an editor's decision that the claim reviews no statement on record (the quote "
                + "check linked the wrong one, or the claim is not on record as worded): the review stays unlinked, "
                + "and neither the quote check nor a re-import of its feed links it again. Ignored when `statement` "
                + "is given; `false` or absent hands the review back to the quote check.", nullable = true)
        Boolean unlinkedByEditor,
        @Schema(description = "The claim as the fact-checker worded it.",
                example = "The United States and Russia hold 90% of all nuclear weapons")
        @NotBlank @Size(max = FieldLengths.CLAIM_REVIEWED) String claimReviewed,
        @Schema(description = "Who made the claim, as named by the fact-checker (a name, alias, slug or id).",
                example = "Rand Paul", nullable = true)
        @Size(max = FieldLengths.CLAIMANT) String claimant,
        @Schema(description = "When the claim was made.", example = "2018-09-25", nullable = true)
        LocalDate claimDate,
        @Schema(description = "The fact-check's URL; unique.", example = "https://factcheck.example.org/2018/rand-paul-nukes")
        @NotBlank @Size(max = FieldLengths.REVIEW_URL)
        @Pattern(regexp = "^[hH][tT][tT][pP][sS]?://\\S+$", message = "must be an http(s) URL") String url,
        @Schema(description = "The fact-check's headline.", nullable = true,
                example = "Do the US and Russia hold 90% of nuclear weapons?")
        @Size(max = FieldLengths.REVIEW_TITLE) String title,
        @NotNull @Valid PublisherInput publisher,
        @Schema(description = "Who wrote the fact-check.", nullable = true, example = "Jane Checker")
        @Size(max = FieldLengths.REVIEW_AUTHOR) String author,
        @Schema(description = "When the fact-check was published.", nullable = true, example = "2018-09-27")
        LocalDate datePublished,
        @Schema(description = "BCP 47 language tag of the fact-check.", nullable = true, example = "en")
        @Size(max = FieldLengths.LANGUAGE)
        @Pattern(regexp = LanguageTags.PATTERN, message = "must be a BCP 47 language tag such as en or pt-BR")
        String language,
        @Valid RatingInput rating,
        @Schema(description = "Set the verdict by hand instead of mapping it from the rating.", nullable = true, maxLength = 12)
        Verdict verdict) {

    /** The fact-checking organisation. */
    @Schema(name = "PublisherInput")
    public record PublisherInput(
            @Schema(example = "FactCheck Example") @NotBlank @Size(max = FieldLengths.PUBLISHER_NAME) String name,
            @Schema(description = "Its site.", nullable = true, example = "https://factcheck.example.org")
            @Size(max = FieldLengths.PUBLISHER_SITE) String site) {
    }

    /** Bounds of a rating's numbers: rating scales are small, and an infinite one could not be served as JSON. */
    static final String RATING_MIN = "-1000000";
    static final String RATING_MAX = "1000000";

    /** The rating as published: a label ("Pants on Fire", "Faux") and/or a value on a scale. */
    @Schema(name = "RatingInput")
    public record RatingInput(
            @Schema(description = "The rating as published (schema.org alternateName).", nullable = true,
                    example = "Mostly false")
            @Size(max = FieldLengths.RATING_LABEL) String label,
            @Schema(description = "ratingValue, between worst and best.", nullable = true, example = "2")
            @DecimalMin(RATING_MIN) @DecimalMax(RATING_MAX) Double value,
            @Schema(description = "bestRating; schema.org's default 5.", nullable = true, example = "5")
            @DecimalMin(RATING_MIN) @DecimalMax(RATING_MAX) Double best,
            @Schema(description = "worstRating; schema.org's default 1.", nullable = true, example = "1")
            @DecimalMin(RATING_MIN) @DecimalMax(RATING_MAX) Double worst) {
    }
}
