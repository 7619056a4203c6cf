package io.verbatim.importing;

import io.verbatim.domain.Slugs;
import io.verbatim.domain.Topic;
import io.verbatim.domain.TopicRepository;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Finds a topic by a string, the same way for the import and for statement bodies: as its slug (the slug of the
 * string, so "public-audits" and "Public audits" both find it), then as its current name, else creates it with the
 * string as its name; the parent is found or created the same way.
 */
@ApplicationScoped
public class TopicResolver {

    private final TopicRepository topics;
    private final ImportCache cache;

    public TopicResolver(TopicRepository topics, ImportCache cache) {
        this.topics = topics;
        this.cache = cache;
    }

    public Topic resolve(TopicInput input) {
        Topic topic = findOrCreate(Text.clean(input.name()));
        String parentName = Text.clean(input.parent());
        if (topic.parent == null && parentName != null) {
            Topic parent = findOrCreate(parentName);
            if (!isAncestorOrSelf(topic, parent)) {
                topic.parent = parent;
            }
        }
        return topic;
    }

    private Topic findOrCreate(String name) {
        String slug = Slugs.of(name);
        return cache.topicBySlug(slug, () -> topics.findBySlug(slug)).or(() -> byName(name)).orElseGet(() -> {
            Topic topic = new Topic();
            topic.name = name;
            topic.slug = slug;
            topics.persist(topic);
            cache.rememberTopic(topic);
            return topic;
        });
    }

    /** A renamed topic by its new name; remembered under the slug of that name for the rest of the import. */
    private java.util.Optional<Topic> byName(String name) {
        java.util.Optional<Topic> found = topics.findByName(name);
        found.ifPresent(topic -> cache.topicBySlug(Slugs.of(name), () -> found));
        return found;
    }

    /** Whether {@code topic} is {@code candidate} or above it: making it the parent would close a cycle. */
    private static boolean isAncestorOrSelf(Topic topic, Topic candidate) {
        for (Topic current = candidate; current != null; current = current.parent) {
            if (current == topic) {
                return true;
            }
        }
        return false;
    }
}
