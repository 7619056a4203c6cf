package io.verbatim.view;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/** One page of speakers. */
@Schema(description = "A page of speakers.",
        requiredProperties = {"items", "nextCursor"})
public record SpeakerPage(
        @Schema(maxItems = PageBounds.MAX_LIMIT) List<SpeakerView> items,
        @Schema(description = "Pass as `cursor` to get the next page; null on the last page.", nullable = true,
                maxLength = PageBounds.MAX_CURSOR_LENGTH)
        String nextCursor) {
}
