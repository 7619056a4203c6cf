package io.verbatim.search;

import io.verbatim.domain.Speaker;
import io.verbatim.domain.SpeakerRepository;
import io.verbatim.view.SpeakerPage;
import io.verbatim.view.SpeakerView;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Reads speakers, each with its count of published statements. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class SpeakerReader {

    private static final String BY_SLUG = "speaker-slug";

    private final SpeakerRepository speakers;

    public SpeakerReader(SpeakerRepository speakers) {
        this.speakers = speakers;
    }

    public Optional<SpeakerView> byIdOrSlug(String idOrSlug) {
        return speakers.findByIdOrSlug(idOrSlug).map(speaker -> view(List.of(speaker)).get(0));
    }

    public Optional<Speaker> find(String idOrSlug) {
        return speakers.findByIdOrSlug(idOrSlug);
    }

    public SpeakerPage bySlug(String cursor, int limit) {
        String after = cursor == null ? null : Cursors.decode(cursor, BY_SLUG, 1).get(0);
        List<Speaker> rows = speakers.pageBySlug(after, limit + 1);
        Slice<Speaker> page = Slice.of(rows, limit);
        return new SpeakerPage(view(page.items()), page.nextCursor(last -> Cursors.encode(BY_SLUG, last.slug)));
    }

    private List<SpeakerView> view(List<Speaker> page) {
        Map<java.util.UUID, Long> counts = speakers.publishedStatementCounts(page.stream().map(s -> s.id).toList());
        return page.stream().map(speaker -> SpeakerView.of(speaker, counts.getOrDefault(speaker.id, 0L))).toList();
    }
}
