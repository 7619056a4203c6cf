package io.verbatim.reviews;

import io.verbatim.importing.ImportReport;
import io.verbatim.view.SchemaBounds;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/** What a review import did: how many reviews ended linked, unlinked or unchanged, and the items it refused. */
@Schema(description = "The outcome of a review import.",
        requiredProperties = {"linked", "unlinked", "unchanged", "failed", "errors", "warnings"})
public record ReviewImportReport(
        @Schema(description = "Reviews created or changed, linked to a statement.", minimum = "0",
                maximum = SchemaBounds.INT64_MAX)
        long linked,
        @Schema(description = "Reviews created or changed, left unlinked (listed by `GET /reviews?linked=false`).",
                minimum = "0", maximum = SchemaBounds.INT64_MAX)
        long unlinked,
        @Schema(description = "Reviews already stored exactly so (same URL, same content).", minimum = "0",
                maximum = SchemaBounds.INT64_MAX)
        long unchanged,
        @Schema(description = "Items refused; nothing of them is stored.", minimum = "0",
                maximum = SchemaBounds.INT64_MAX)
        long failed,
        @Schema(description = "Why items failed, the first 1,000.", maxItems = ReviewImporter.MAX_REPORTED)
        List<ImportReport.LineError> errors,
        @Schema(description = "Stored, but worth a look: rating labels the verdict table does not know (verdict "
                + "OTHER), unreadable rating values; the first 1,000.", maxItems = ReviewImporter.MAX_REPORTED)
        List<ImportReport.LineError> warnings) {
}
