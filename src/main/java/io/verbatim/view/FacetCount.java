package io.verbatim.view;

import io.verbatim.domain.FieldLengths;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** How many matching statements share one value of a facet. */
@Schema(description = "One value of a facet with the number of matching statements that have it.",
        requiredProperties = {"value", "label", "count"})
public record FacetCount(
        @Schema(description = "What to pass back as a filter (a slug, an outlet name, a year or a kind).",
                example = "jeanne-shaheen", maxLength = FieldLengths.SPEAKER_SLUG) String value,
        @Schema(description = "What to show.", example = "Jeanne Shaheen",
                maxLength = FieldLengths.SPEAKER_NAME) String label,
        @Schema(example = "1", minimum = "1", maximum = SchemaBounds.INT64_MAX) long count) {
}
