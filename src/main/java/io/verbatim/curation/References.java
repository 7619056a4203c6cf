package io.verbatim.curation;

import io.verbatim.domain.Ids;
import io.verbatim.domain.Source;
import io.verbatim.domain.SourceRepository;
import io.verbatim.domain.Speaker;
import io.verbatim.domain.SpeakerRepository;
import io.verbatim.domain.Topic;
import io.verbatim.domain.TopicRepository;
import io.verbatim.importing.SourceInput;
import io.verbatim.importing.SourceResolver;
import io.verbatim.importing.SpeakerInput;
import io.verbatim.importing.SpeakerResolver;
import io.verbatim.importing.Text;
import io.verbatim.importing.TopicInput;
import io.verbatim.importing.TopicResolver;
import io.verbatim.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.UUID;

/**
 * Resolves the speakers, topics and sources a write body names: by id or slug (they must exist, else a 400 naming
 * the field), or inline as in the import format (found or created by the import's resolvers).
 */
@ApplicationScoped
public class References {

    private final SpeakerRepository speakers;
    private final TopicRepository topics;
    private final SourceRepository sources;
    private final SpeakerResolver speakerResolver;
    private final TopicResolver topicResolver;
    private final SourceResolver sourceResolver;
    private final SpeakerRedirects redirects;

    public References(SpeakerRepository speakers, TopicRepository topics, SourceRepository sources,
                      SpeakerResolver speakerResolver, TopicResolver topicResolver, SourceResolver sourceResolver,
                      SpeakerRedirects redirects) {
        this.speakers = speakers;
        this.topics = topics;
        this.sources = sources;
        this.speakerResolver = speakerResolver;
        this.topicResolver = topicResolver;
        this.sourceResolver = sourceResolver;
        this.redirects = redirects;
    }

    public Speaker speaker(String field, SpeakerChoice choice) {
        if (choice.id() != null) {
            UUID id = uuid(field + ".id", choice.id());
            return speakers.findByIdOptional(id)
                    .orElseThrow(() -> ProblemException.invalidBody(field, "names no known speaker (id " + id + ")"));
        }
        if (choice.slug() != null) {
            return speakers.findByIdOrSlug(choice.slug())
                    .or(() -> redirects.target(choice.slug()))
                    .orElseThrow(() -> ProblemException.invalidBody(field,
                            "names no known speaker (slug '" + choice.slug() + "')"));
        }
        if (Text.clean(choice.name()) == null) {
            throw ProblemException.invalidBody(field, "must be a speaker's id or slug, or an object with a name");
        }
        return speakerResolver.resolve(new SpeakerInput(choice.name(), choice.kind(), choice.aliases(),
                choice.wikidataId(), choice.description(), choice.roles()));
    }

    public Topic topic(String field, TopicChoice choice) {
        if (choice.id() != null) {
            UUID id = uuid(field + ".id", choice.id());
            return topics.findByIdOptional(id)
                    .orElseThrow(() -> ProblemException.invalidBody(field, "names no known topic (id " + id + ")"));
        }
        if (choice.slug() != null) {
            return topics.findBySlugLoosely(choice.slug())
                    .orElseThrow(() -> ProblemException.invalidBody(field,
                            "names no known topic (slug '" + choice.slug() + "')"));
        }
        if (Text.clean(choice.name()) == null) {
            throw ProblemException.invalidBody(field, "must be a topic's id or slug, or an object with a name");
        }
        return topicResolver.resolve(new TopicInput(choice.name(), choice.parent()));
    }

    public Source source(String field, SourceChoice choice) {
        if (choice.id() != null) {
            UUID id = uuid(field + ".id", choice.id());
            return sources.findByIdOptional(id)
                    .orElseThrow(() -> ProblemException.invalidBody(field, "names no known source (id " + id + ")"));
        }
        String url = Text.clean(choice.url());
        if (url == null) {
            throw ProblemException.invalidBody(field, "must be a source's id or URL, or an object with a url");
        }
        if (sources.findByUrl(url).isEmpty() && Text.clean(choice.outlet()) == null) {
            throw ProblemException.invalidBody(field + ".outlet", "is required for a source not yet known");
        }
        return sourceResolver.resolve(new SourceInput(url, choice.outlet(), choice.title(), choice.publishedOn(),
                choice.author(), choice.attribution()));
    }

    private static UUID uuid(String field, String raw) {
        return Ids.parse(raw).orElseThrow(() -> ProblemException.invalidBody(field, "must be a UUID"));
    }
}
