package io.verbatim.importing;

import io.verbatim.domain.Slugs;
import io.verbatim.domain.Speaker;
import io.verbatim.domain.SpeakerKind;
import io.verbatim.domain.SpeakerRepository;
import io.verbatim.domain.SpeakerRole;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.Objects;

/**
 * Finds the speaker an import line or a statement body means by a name or slug string (the same way for both: by the
 * string's slug, then as the slug of a merged speaker, which leads to the survivor, then by alias) or creates it. Details in the line enrich a
 * speaker that exists (new aliases and roles, a missing Wikidata id or description) but never overwrite it.
 */
@ApplicationScoped
public class SpeakerResolver {

    private final SpeakerRepository speakers;
    private final ImportCache cache;

    public SpeakerResolver(SpeakerRepository speakers, ImportCache cache) {
        this.speakers = speakers;
        this.cache = cache;
    }

    public Speaker resolve(SpeakerInput input) {
        String name = Text.clean(input.name());
        String slug = Slugs.of(name);
        Speaker speaker = cache.speakerBySlug(slug, () -> speakers.findBySlug(slug))
                .or(() -> merged(slug))
                .or(() -> cache.speakerByAlias(name, () -> speakers.findByAlias(name)))
                .orElseGet(() -> create(name, input.kind()));
        enrich(speaker, input);
        cache.rememberSpeaker(speaker);
        return speaker;
    }

    private java.util.Optional<Speaker> merged(String slug) {
        return java.util.Optional.ofNullable(io.verbatim.domain.SpeakerSlugRedirect
                        .<io.verbatim.domain.SpeakerSlugRedirect>findById(slug))
                .flatMap(redirect -> speakers.findByIdOptional(redirect.speakerId));
    }

    private Speaker create(String name, SpeakerKind kind) {
        Speaker speaker = new Speaker();
        speaker.name = name;
        speaker.slug = Slugs.of(name);
        speaker.kind = kind == null ? SpeakerKind.PERSON : kind;
        speakers.persist(speaker);
        return speaker;
    }

    private static void enrich(Speaker speaker, SpeakerInput input) {
        for (String alias : nullToEmpty(input.aliases())) {
            String clean = Text.clean(alias);
            boolean known = clean.equalsIgnoreCase(speaker.name)
                    || speaker.aliases.stream().anyMatch(existing -> existing.equalsIgnoreCase(clean));
            if (!known) {
                speaker.aliases.add(clean);
            }
        }
        if (speaker.wikidataId == null && input.wikidataId() != null) {
            speaker.wikidataId = input.wikidataId();
        }
        if (speaker.description == null && Text.clean(input.description()) != null) {
            speaker.description = Text.clean(input.description());
        }
        for (RoleInput role : nullToEmpty(input.roles())) {
            SpeakerRole candidate = new SpeakerRole(Text.clean(role.title()), Text.clean(role.organization()),
                    Text.clean(role.party()), Text.clean(role.jurisdiction()), role.from(), role.to());
            if (speaker.roles.stream().noneMatch(existing -> sameRole(existing, candidate))) {
                speaker.roles.add(candidate);
            }
        }
    }

    private static boolean sameRole(SpeakerRole a, SpeakerRole b) {
        return a.title.equalsIgnoreCase(b.title) && Objects.equals(a.organization, b.organization)
                && Objects.equals(a.from, b.from);
    }

    private static <T> List<T> nullToEmpty(List<T> list) {
        return list == null ? List.of() : list;
    }
}
