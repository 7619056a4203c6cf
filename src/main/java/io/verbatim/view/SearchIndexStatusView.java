package io.verbatim.view;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Where the OpenSearch index stands against PostgreSQL. */
@Schema(name = "SearchIndexStatus", description = "The OpenSearch index and the changes not yet in it.")
public record SearchIndexStatusView(
        @Schema(description = "Whether VERBATIM_SEARCH_URL is set (false: PostgreSQL answers searches, nothing below runs).")
        boolean configured,
        @Schema(description = "The concrete index behind the search alias.", example = "verbatim-statements-20261202140501123",
                maxLength = 255, nullable = true) String liveIndex,
        @Schema(description = "The index a reindex is building, while it runs.", maxLength = 255, nullable = true)
        String buildingIndex,
        @Schema(description = "Changes went unrecorded: a reindex is due (done at the next start).") boolean stale,
        @Schema(description = "Recorded changes not yet acknowledged by OpenSearch.", example = "0", minimum = "0", maximum = SchemaBounds.INT64_MAX)
        long pending,
        @Schema(description = "Of those, changes OpenSearch refused and that wait for a retry (exponential back-off).",
                example = "0", minimum = "0", maximum = SchemaBounds.INT64_MAX) long retrying,
        @Schema(description = "Of those, changes refused five times or more: dead letters, retried at most hourly.",
                example = "0", minimum = "0", maximum = SchemaBounds.INT64_MAX) long deadLetters) {
}
