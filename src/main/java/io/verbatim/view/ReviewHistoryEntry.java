package io.verbatim.view;

import io.verbatim.domain.FieldLengths;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;

/** One revision of a review: who changed it, when, how, and the review as it was then. */
@Schema(name = "ReviewHistoryEntry", description = "One revision of a review, with the review as it was after it.")
public record ReviewHistoryEntry(
        @Schema(description = "Revision number; increases with time across the whole service.", example = "212",
                minimum = "1", maximum = SchemaBounds.INT64_MAX)
        long revision,
        @Schema(description = "When the revision was committed.") Instant at,
        @Schema(description = "The name of the API key that made the change, or `system`.",
                example = "Fact-check desk", maxLength = FieldLengths.API_KEY_NAME)
        String author,
        @Schema(description = "The role of that key: editor, admin or system.", example = "editor",
                enumeration = {"editor", "admin", "system"})
        String authorRole,
        @Schema(description = "What the revision did to the review.") Change change,
        @Schema(description = "The review as it was after this revision; for DELETED, as it was when deleted. Its "
                + "`version` is the one its ETag named.") ReviewView review) {

    /**
     * How a revision changed a review: CREATED; LINKED (to a statement, or to another one) and UNLINKED; any other
     * change UPDATED; DELETED.
     */
    public enum Change {
        CREATED, UPDATED, LINKED, UNLINKED, DELETED
    }
}
