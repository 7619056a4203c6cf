package io.verbatim.search;

import io.verbatim.domain.Topic;
import io.verbatim.domain.TopicRepository;
import io.verbatim.view.TopicPage;
import io.verbatim.view.TopicView;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Reads topics, each with its count of published statements (subtopics included). */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class TopicReader {

    private static final String BY_SLUG = "topic-slug";

    private final TopicRepository topics;

    public TopicReader(TopicRepository topics) {
        this.topics = topics;
    }

    public Optional<TopicView> bySlug(String slug) {
        return topics.findBySlugLoosely(slug).map(topic -> view(List.of(topic)).get(0));
    }

    public TopicPage page(String cursor, int limit) {
        String after = cursor == null ? null : Cursors.decode(cursor, BY_SLUG, 1).get(0);
        List<Topic> rows = topics.pageBySlug(after, limit + 1);
        Slice<Topic> page = Slice.of(rows, limit);
        return new TopicPage(view(page.items()), page.nextCursor(last -> Cursors.encode(BY_SLUG, last.slug)));
    }

    private List<TopicView> view(List<Topic> page) {
        Map<UUID, Long> counts = topics.publishedStatementCounts(page.stream().map(t -> t.id).toList());
        return page.stream().map(topic -> TopicView.of(topic, counts.getOrDefault(topic.id, 0L))).toList();
    }
}
