package io.verbatim.search;

import io.verbatim.domain.Ids;
import io.verbatim.domain.Speaker;
import io.verbatim.domain.SpeakerKind;
import io.verbatim.domain.SpeakerRepository;
import io.verbatim.view.SpeakerPage;
import io.verbatim.view.SpeakerView;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Reads speakers, each with its count of published statements: by id or slug, in slug order, or by fuzzy name. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class SpeakerReader {

    private static final String BY_SLUG = "speaker-slug";
    private static final String BY_MATCH = "speaker-match";

    private final SpeakerRepository speakers;
    private final SpeakerSearch search;

    public SpeakerReader(SpeakerRepository speakers, SpeakerSearch search) {
        this.speakers = speakers;
        this.search = search;
    }

    public Optional<SpeakerView> byIdOrSlug(String idOrSlug) {
        return speakers.findByIdOrSlug(idOrSlug).map(speaker -> view(List.of(speaker), Map.of()).get(0));
    }

    public Optional<Speaker> find(String idOrSlug) {
        return speakers.findByIdOrSlug(idOrSlug);
    }

    public SpeakerPage bySlug(SpeakerKind kind, String cursor, int limit) {
        String after = null;
        if (cursor != null) {
            List<String> keys = Cursors.decode(cursor, BY_SLUG, 2);
            if (!keys.get(0).equals(String.valueOf(kind))) {
                throw Cursors.invalid();
            }
            after = keys.get(1);
        }
        Slice<Speaker> page = Slice.of(speakers.pageBySlug(kind, after, limit + 1), limit);
        return new SpeakerPage(view(page.items(), Map.of()),
                page.nextCursor(last -> Cursors.encode(BY_SLUG, String.valueOf(kind), last.slug)));
    }

    /** Speakers whose name or an alias is close to {@code text}, best first. */
    public SpeakerPage byMatch(String text, SpeakerKind kind, String cursor, int limit) {
        String scope = Integer.toHexString((text + "\u001f" + kind).hashCode());
        SpeakerSearch.Match after = cursor == null ? null : decodeMatch(cursor, scope);
        Slice<SpeakerSearch.Match> page = Slice.of(search.find(text, kind, after, limit + 1), limit);
        Map<UUID, Speaker> found = speakers.list("id in ?1", page.items().stream().map(SpeakerSearch.Match::id).toList())
                .stream().collect(Collectors.toMap(speaker -> speaker.id, Function.identity()));
        List<Speaker> ordered = page.items().stream().map(match -> found.get(match.id())).toList();
        Map<UUID, Float> scores = page.items().stream()
                .collect(Collectors.toMap(SpeakerSearch.Match::id, SpeakerSearch.Match::score));
        return new SpeakerPage(view(ordered, scores), page.nextCursor(last ->
                Cursors.encode(BY_MATCH, scope, Float.toString(last.score()), last.id().toString())));
    }

    private static SpeakerSearch.Match decodeMatch(String cursor, String scope) {
        List<String> keys = Cursors.decode(cursor, BY_MATCH, 3);
        if (!keys.get(0).equals(scope)) {
            throw Cursors.invalid();
        }
        try {
            return new SpeakerSearch.Match(Ids.parse(keys.get(2)).orElseThrow(Cursors::invalid),
                    Float.parseFloat(keys.get(1)));
        } catch (NumberFormatException e) {
            throw Cursors.invalid();
        }
    }

    private List<SpeakerView> view(List<Speaker> page, Map<UUID, Float> scores) {
        List<UUID> ids = page.stream().map(s -> s.id).toList();
        Map<UUID, Long> counts = speakers.publishedStatementCounts(ids);
        Map<UUID, Long> onBehalf = speakers.publishedOnBehalfCounts(ids);
        return page.stream()
                .map(speaker -> SpeakerView.of(speaker, counts.getOrDefault(speaker.id, 0L),
                        onBehalf.getOrDefault(speaker.id, 0L), scores.get(speaker.id)))
                .toList();
    }
}
