package io.verbatim.view;

import io.verbatim.domain.FieldLengths;
import io.verbatim.domain.Topic;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.UUID;

/** A topic with its parent and the number of published statements about it or its subtopics. */
@Schema(name = "Topic", description = "A subject of statements, in a tree of topics.",
        requiredProperties = {"id", "slug", "name", "parent", "statementCount", "version"})
public record TopicView(
        UUID id,
        @Schema(example = "russia-sanctions", maxLength = FieldLengths.TOPIC_SLUG) String slug,
        @Schema(example = "Russia sanctions", maxLength = FieldLengths.TOPIC_NAME) String name,
        @Schema(description = "The broader topic, or null for a top-level topic.", nullable = true) TopicRef parent,
        @Schema(description = "Published statements about this topic or any topic below it.", example = "2",
                minimum = "0", maximum = SchemaBounds.INT64_MAX)
        long statementCount,
        @Schema(description = "Incremented on every change; the ETag is `\"<id>-<version>\"`.", example = "0",
                minimum = "0", maximum = SchemaBounds.INT32_MAX)
        int version) {

    public static TopicView of(Topic topic, long statementCount) {
        return new TopicView(topic.id, topic.slug, topic.name, TopicRef.of(topic.parent), statementCount,
                topic.version);
    }
}
