package io.verbatim.importing;

import io.verbatim.domain.Slugs;
import io.verbatim.domain.Topic;
import io.verbatim.domain.TopicRepository;
import jakarta.enterprise.context.ApplicationScoped;

/** Finds a topic by its name's slug or creates it, with its parent found or created the same way. */
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
        return cache.topicBySlug(slug, () -> topics.findBySlug(slug)).orElseGet(() -> {
            Topic topic = new Topic();
            topic.name = name;
            topic.slug = slug;
            topics.persist(topic);
            cache.rememberTopic(topic);
            return topic;
        });
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
