package io.verbatim.view;

import io.verbatim.domain.FieldLengths;
import io.verbatim.domain.Topic;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A topic as named inside a statement or as a parent. */
@Schema(description = "A topic as referenced from a statement or another topic.",
        requiredProperties = {"slug", "name"})
public record TopicRef(
        @Schema(example = "russia-sanctions", maxLength = FieldLengths.TOPIC_SLUG) String slug,
        @Schema(example = "Russia sanctions", maxLength = FieldLengths.TOPIC_NAME) String name) {

    public static TopicRef of(Topic topic) {
        return topic == null ? null : new TopicRef(topic.slug, topic.name);
    }
}
