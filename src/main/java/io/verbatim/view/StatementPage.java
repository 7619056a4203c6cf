package io.verbatim.view;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/** One page of statements and the cursor to the next. */
@Schema(description = "A page of statements.")
public record StatementPage(
        List<StatementView> items,
        @Schema(description = "Pass as `cursor` to get the next page; null on the last page.", nullable = true)
        String nextCursor) {
}
