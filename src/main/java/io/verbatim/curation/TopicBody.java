package io.verbatim.curation;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The body that creates or replaces a topic. */
@Schema(name = "TopicInput", description = "A topic: its name (the slug is made from it at creation and then kept) "
        + "and its parent's slug.")
public record TopicBody(
        @Schema(example = "Russia sanctions") @NotBlank @Size(max = 200) String name,
        @Schema(description = "Slug of the parent topic, or null for a top-level topic.", example = "foreign-policy")
        @Size(max = 200) String parent) {
}
