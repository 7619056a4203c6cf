package io.verbatim.view;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/** One page of reviews and the cursor to the next. */
@Schema(description = "A page of reviews, newest publication first.", requiredProperties = {"items", "nextCursor"})
public record ReviewPage(
        @Schema(maxItems = PageBounds.MAX_LIMIT) List<ReviewView> items,
        @Schema(description = "Pass as `cursor` to get the next page; null on the last page.", nullable = true,
                maxLength = PageBounds.MAX_CURSOR_LENGTH)
        String nextCursor) {
}
