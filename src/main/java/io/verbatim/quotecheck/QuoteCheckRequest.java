package io.verbatim.quotecheck;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;

/** A quote as it circulates, with the speaker and date it is attributed to when known. */
@Schema(description = "A claimed quote to check against the record.")
public record QuoteCheckRequest(
        @Schema(description = "The quote as claimed.", example = "The United States and Russia hold 90% of all nuclear weapons")
        @NotBlank @Size(max = QuoteCheckRequest.MAX_TEXT) String text,
        @Schema(description = "Who it is attributed to: a name (typos and aliases allowed), a slug or an id.",
                example = "Rand Paul", nullable = true)
        @Size(max = 200) String speaker,
        @Schema(description = "When it is said to have been said; prefers records from that date among equals.",
                example = "2018-09-25", nullable = true)
        LocalDate saidOn) {

    public static final int MAX_TEXT = 2000;
}
