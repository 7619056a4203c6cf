package io.verbatim.view;

import io.verbatim.importing.ImportReport;
import io.verbatim.importing.ImportService;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** An asynchronous import: where it stands, and its counts and errors so far. */
@Schema(name = "ImportJob", description = "An asynchronous import and its report so far.")
public record ImportJobView(
        UUID id,
        @Schema(description = "`queued` (waiting for the jobs before it), `running`, `succeeded` (read to the end; "
                + "the counts are its report, as a synchronous import would answer) or `failed` (see `detail`).",
                enumeration = {"queued", "running", "succeeded", "failed"}, example = "running")
        String state,
        @Schema(enumeration = {"best-effort", "all-or-nothing"}, example = "best-effort") String mode,
        @Schema(enumeration = {"ndjson", "csv"}, example = "ndjson") String format,
        @Schema(description = "Lines read from the body so far (a CSV header counts as one).", minimum = "0",
                maximum = SchemaBounds.INT64_MAX, example = "25000")
        long linesRead,
        @Schema(description = "Statements created so far (in all-or-nothing mode: written, not yet committed).",
                minimum = "0", maximum = SchemaBounds.INT64_MAX, example = "24000")
        long created,
        @Schema(minimum = "0", maximum = SchemaBounds.INT64_MAX, example = "500") long updated,
        @Schema(minimum = "0", maximum = SchemaBounds.INT64_MAX, example = "499") long unchanged,
        @Schema(minimum = "0", maximum = SchemaBounds.INT64_MAX, example = "1") long failed,
        @Schema(description = "Why lines failed, the first 1,000.", maxItems = ImportService.MAX_REPORTED_ERRORS)
        List<ImportReport.LineError> errors,
        @Schema(description = "Why a failed job failed.", nullable = true, maxLength = 1000,
                example = "The service stopped while the import ran; lines committed before count as unchanged "
                        + "when the body is sent again.")
        String detail,
        Instant submittedAt,
        @Schema(description = "When the job started running.", nullable = true) Instant startedAt,
        @Schema(description = "When the job succeeded or failed.", nullable = true) Instant finishedAt) {
}
