package io.verbatim.view;

import io.verbatim.api.Paging;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/** One page of topics. */
@Schema(description = "A page of topics.",
        requiredProperties = {"items", "nextCursor"})
public record TopicPage(
        @Schema(maxItems = Paging.MAX_LIMIT) List<TopicView> items,
        @Schema(description = "Pass as `cursor` to get the next page; null on the last page.", nullable = true,
                maxLength = Paging.MAX_CURSOR_LENGTH)
        String nextCursor) {
}
