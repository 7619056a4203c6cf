package io.verbatim.view;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A reindex started: the concrete index it builds behind the search alias. */
@Schema(name = "Reindex", description = "A search index rebuild under way.")
public record ReindexView(
        @Schema(description = "The new index being built; the alias moves to it when it is complete.",
                example = "verbatim-statements-20261202140501123", maxLength = 255) String index) {
}
