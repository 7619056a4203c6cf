package io.verbatim.curation;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The body of a speaker merge. */
@Schema(name = "MergeRequest", description = "The speaker that survives the merge.")
public record MergeRequest(
        @Schema(description = "Id or slug of the speaker to merge into.", example = "rand-paul")
        @NotBlank @Size(max = 300) String into) {
}
