package io.verbatim.view;

import io.verbatim.api.Paging;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/** One page of speakers. */
@Schema(description = "A page of speakers.",
        requiredProperties = {"items", "nextCursor"})
public record SpeakerPage(
        @Schema(maxItems = Paging.MAX_LIMIT) List<SpeakerView> items,
        @Schema(description = "Pass as `cursor` to get the next page; null on the last page.", nullable = true,
                maxLength = Paging.MAX_CURSOR_LENGTH)
        String nextCursor) {
}
