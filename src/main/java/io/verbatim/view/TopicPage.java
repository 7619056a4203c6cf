package io.verbatim.view;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/** One page of topics. */
@Schema(description = "A page of topics.",
        requiredProperties = {"items", "nextCursor"})
public record TopicPage(
        @Schema(maxItems = PageBounds.MAX_LIMIT) List<TopicView> items,
        @Schema(description = "Pass as `cursor` to get the next page; null on the last page.", nullable = true,
                maxLength = PageBounds.MAX_CURSOR_LENGTH)
        String nextCursor) {
}
