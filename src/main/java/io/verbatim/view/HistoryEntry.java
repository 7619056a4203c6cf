package io.verbatim.view;

import io.verbatim.domain.FieldLengths;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;

/** One revision of a statement: who changed it, when, how, and the statement as it was then. */
@Schema(name = "HistoryEntry", description = "One revision of a statement, with the statement as it was after it.")
public record HistoryEntry(
        @Schema(description = "Revision number; increases with time across the whole service.", example = "101",
                minimum = "1", maximum = SchemaBounds.INT64_MAX)
        long revision,
        @Schema(description = "When the revision was committed.") Instant at,
        @Schema(description = "The name of the API key that made the change, or `system` (sample data, migrations).",
                example = "Newsroom importer", maxLength = FieldLengths.API_KEY_NAME)
        String author,
        @Schema(description = "The role of that key: editor, admin or system.", example = "editor",
                enumeration = {"editor", "admin", "system"})
        String authorRole,
        @Schema(description = "What the revision did to the statement.") Change change,
        @Schema(description = "The statement as it was after this revision.") StatementView statement) {

    /** How a revision changed a statement. */
    public enum Change {
        CREATED, UPDATED, RETRACTED, RESTORED
    }
}
