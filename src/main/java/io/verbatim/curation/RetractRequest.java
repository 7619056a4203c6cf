package io.verbatim.curation;

import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The optional body of a retraction. */
@Schema(name = "RetractRequest", description = "Why the statement is retracted.")
public record RetractRequest(
        @Schema(description = "Shown as the statement's `retractionReason`.",
                example = "Misattributed: the quote is from a spokesman, not the senator.")
        @Size(max = 2000) String reason) {
}
