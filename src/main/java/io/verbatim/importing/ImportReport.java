package io.verbatim.importing;

import io.verbatim.problem.Problem;
import io.verbatim.view.SchemaBounds;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/** What an import did, line by line counts and the lines it refused. */
@Schema(description = "The outcome of an import.")
public record ImportReport(
        @Schema(minimum = "0", maximum = SchemaBounds.INT64_MAX) long created,
        @Schema(minimum = "0", maximum = SchemaBounds.INT64_MAX) long updated,
        @Schema(minimum = "0", maximum = SchemaBounds.INT64_MAX) long unchanged,
        @Schema(minimum = "0", maximum = SchemaBounds.INT64_MAX) long failed,
        @Schema(description = "Why lines failed, the first 1,000.", maxItems = ImportService.MAX_REPORTED_ERRORS)
        List<LineError> errors) {

    /** Why one line was refused. */
    @Schema(name = "ImportLineError")
    public record LineError(
            @Schema(description = "1-based line number in the body.", example = "3", minimum = "1",
                    maximum = SchemaBounds.INT64_MAX)
            long line,
            @Schema(description = "The field at fault, when one is.", example = "saidOn", nullable = true,
                    maxLength = MAX_FIELD)
            String field,
            @Schema(example = "must be a date in the past or in the present", maxLength = MAX_DETAIL) String detail) {

        // The field can be a name the client made up: bounded like a problem's
        static final int MAX_FIELD = 300;
        static final int MAX_DETAIL = 1000;

        public LineError {
            field = Problem.truncate(field, MAX_FIELD);
            detail = Problem.truncate(detail, MAX_DETAIL);
        }
    }
}
