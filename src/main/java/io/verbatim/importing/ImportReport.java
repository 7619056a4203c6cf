package io.verbatim.importing;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/** What an import did, line by line counts and the lines it refused. */
@Schema(description = "The outcome of an import.")
public record ImportReport(long created, long updated, long unchanged, long failed, List<LineError> errors) {

    /** Why one line was refused. */
    @Schema(name = "ImportLineError")
    public record LineError(
            @Schema(description = "1-based line number in the body.", example = "3") long line,
            @Schema(description = "The field at fault, when one is.", example = "saidOn", nullable = true) String field,
            @Schema(example = "must be a date in the past or in the present") String detail) {
    }
}
