package io.verbatim.curation;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import io.verbatim.domain.Slugs;
import io.verbatim.domain.Source;
import io.verbatim.domain.SourceRepository;
import io.verbatim.domain.Speaker;
import io.verbatim.domain.SpeakerKind;
import io.verbatim.domain.SpeakerRepository;
import io.verbatim.domain.SpeakerRole;
import io.verbatim.domain.Topic;
import io.verbatim.domain.TopicRepository;
import io.verbatim.importing.RoleInput;
import io.verbatim.importing.SpeakerInput;
import io.verbatim.importing.Text;
import io.verbatim.problem.ProblemException;
import io.verbatim.problem.ProblemType;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * Creates and replaces speakers, topics and sources. Slugs are made from the name at creation and then kept, so that
 * links stay valid; a replace needs the current ETag in {@code If-Match}.
 */
@ApplicationScoped
public class CatalogService {

    private final SpeakerRepository speakers;
    private final TopicRepository topics;
    private final SourceRepository sources;
    private final SpeakerRedirects redirects;
    private final JsonBodies bodies;

    public CatalogService(SpeakerRepository speakers, TopicRepository topics, SourceRepository sources,
                          SpeakerRedirects redirects, JsonBodies bodies) {
        this.speakers = speakers;
        this.topics = topics;
        this.sources = sources;
        this.redirects = redirects;
        this.bodies = bodies;
    }

    @Transactional
    public UUID createSpeaker(SpeakerInput input) {
        String slug = Slugs.of(Text.clean(input.name()));
        if (speakers.findBySlug(slug).isPresent() || redirects.target(slug).isPresent()) {
            throw ProblemException.of(ProblemType.CONFLICT, "A speaker with the slug '" + slug + "' exists.");
        }
        Speaker speaker = new Speaker();
        speaker.slug = slug;
        write(speaker, input);
        speakers.persist(speaker);
        return speaker.id;
    }

    @Transactional
    public UUID replaceSpeaker(String idOrSlug, String ifMatch, SpeakerInput input) {
        Speaker speaker = findSpeaker(idOrSlug, ifMatch);
        write(speaker, input);
        return speaker.id;
    }

    /** An RFC 7396 merge patch on the speaker as a {@link SpeakerInput}; the result is validated again. */
    @Transactional
    public UUID patchSpeaker(String idOrSlug, String ifMatch, JsonNode patch) throws JsonProcessingException {
        Speaker speaker = findSpeaker(idOrSlug, ifMatch);
        List<RoleInput> roles = speaker.roles.stream().map(role -> new RoleInput(role.title, role.organization,
                role.party, role.jurisdiction, role.from, role.to)).toList();
        SpeakerInput current = new SpeakerInput(speaker.name, speaker.kind, List.copyOf(speaker.aliases),
                speaker.wikidataId, speaker.description, roles);
        write(speaker, bodies.read(merged(current, patch), SpeakerInput.class));
        return speaker.id;
    }

    private Speaker findSpeaker(String idOrSlug, String ifMatch) {
        Speaker speaker = speakers.findByIdOrSlug(idOrSlug)
                .orElseThrow(() -> ProblemException.notFound("No speaker has the id or slug '" + idOrSlug + "'."));
        ETags.requireMatch(ifMatch, ETags.of(speaker.id, speaker.version), "speaker");
        return speaker;
    }

    private JsonNode merged(Object current, JsonNode patch) {
        if (patch == null || !patch.isObject()) {
            throw new ProblemException(ProblemType.INVALID_BODY, "A merge patch must be a JSON object.", List.of());
        }
        return JsonBodies.mergePatch(bodies.tree(current), patch);
    }

    private static void write(Speaker speaker, SpeakerInput input) {
        speaker.name = Text.clean(input.name());
        speaker.kind = Optional.ofNullable(input.kind()).orElse(SpeakerKind.PERSON);
        speaker.wikidataId = input.wikidataId();
        speaker.description = Text.clean(input.description());
        List<String> aliases = new ArrayList<>();
        for (String alias : Optional.ofNullable(input.aliases()).orElse(List.of())) {
            String clean = Text.clean(alias);
            if (!clean.equalsIgnoreCase(speaker.name) && aliases.stream().noneMatch(clean::equalsIgnoreCase)) {
                aliases.add(clean);
            }
        }
        if (!speaker.aliases.equals(aliases)) {
            speaker.aliases.clear();
            speaker.aliases.addAll(aliases);
        }
        List<RoleInput> roleInputs = Optional.ofNullable(input.roles()).orElse(List.of());
        List<SpeakerRole> roles = new ArrayList<>();
        for (int i = 0; i < roleInputs.size(); i++) {
            RoleInput role = roleInputs.get(i);
            if (role.from() != null && role.to() != null && role.to().isBefore(role.from())) {
                throw ProblemException.invalidBody("roles[" + i + "].to", "must not be before from");
            }
            roles.add(new SpeakerRole(Text.clean(role.title()), Text.clean(role.organization()),
                    Text.clean(role.party()), Text.clean(role.jurisdiction()), role.from(), role.to()));
        }
        if (!sameRoles(speaker.roles, roles)) {
            speaker.roles.clear();
            speaker.roles.addAll(roles);
        }
    }

    private static boolean sameRoles(List<SpeakerRole> current, List<SpeakerRole> incoming) {
        if (current.size() != incoming.size()) {
            return false;
        }
        for (int i = 0; i < current.size(); i++) {
            SpeakerRole a = current.get(i);
            SpeakerRole b = incoming.get(i);
            if (!Objects.equals(a.title, b.title) || !Objects.equals(a.organization, b.organization)
                    || !Objects.equals(a.party, b.party) || !Objects.equals(a.jurisdiction, b.jurisdiction)
                    || !Objects.equals(a.from, b.from) || !Objects.equals(a.to, b.to)) {
                return false;
            }
        }
        return true;
    }

    /** The new topic's slug. */
    @Transactional
    public String createTopic(TopicBody body) {
        String slug = Slugs.of(Text.clean(body.name()));
        if (topics.findBySlug(slug).isPresent()) {
            throw ProblemException.of(ProblemType.CONFLICT, "A topic with the slug '" + slug + "' exists.");
        }
        Topic topic = new Topic();
        topic.slug = slug;
        topic.name = Text.clean(body.name());
        topic.parent = parent(topic, body.parent());
        topics.persist(topic);
        return slug;
    }

    @Transactional
    public String replaceTopic(String slug, String ifMatch, TopicBody body) {
        Topic topic = findTopic(slug, ifMatch);
        topic.name = Text.clean(body.name());
        topic.parent = parent(topic, body.parent());
        return topic.slug;
    }

    @Transactional
    public String patchTopic(String slug, String ifMatch, JsonNode patch) throws JsonProcessingException {
        Topic topic = findTopic(slug, ifMatch);
        TopicBody body = bodies.read(merged(new TopicBody(topic.name, topic.parent == null ? null : topic.parent.slug),
                patch), TopicBody.class);
        topic.name = Text.clean(body.name());
        topic.parent = parent(topic, body.parent());
        return topic.slug;
    }

    private Topic findTopic(String slug, String ifMatch) {
        Topic topic = topics.findBySlugLoosely(slug)
                .orElseThrow(() -> ProblemException.notFound("No topic has the slug '" + slug + "'."));
        ETags.requireMatch(ifMatch, ETags.of(topic.id, topic.version), "topic");
        return topic;
    }

    private Topic parent(Topic topic, String parentSlug) {
        if (Text.clean(parentSlug) == null) {
            return null;
        }
        Topic parent = topics.findBySlugLoosely(parentSlug.strip())
                .orElseThrow(() -> ProblemException.invalidBody("parent", "names no known topic"));
        for (Topic current = parent; current != null; current = current.parent) {
            if (current == topic) {
                throw ProblemException.invalidBody("parent", "is this topic or one below it");
            }
        }
        return parent;
    }

    @Transactional
    public UUID createSource(SourceBody body) {
        String url = Text.clean(body.url());
        sources.findByUrl(url).ifPresent(existing -> {
            throw ProblemException.of(ProblemType.CONFLICT, "The source " + existing.id + " has this URL.");
        });
        Source source = new Source();
        write(source, body);
        sources.persist(source);
        return source.id;
    }

    @Transactional
    public UUID replaceSource(UUID id, String ifMatch, SourceBody body) {
        Source source = findSource(id, ifMatch);
        writeChecked(source, body);
        return source.id;
    }

    @Transactional
    public UUID patchSource(UUID id, String ifMatch, JsonNode patch) throws JsonProcessingException {
        Source source = findSource(id, ifMatch);
        SourceBody current = new SourceBody(source.url, source.outlet, source.title, source.publishedOn,
                source.author);
        writeChecked(source, bodies.read(merged(current, patch), SourceBody.class));
        return source.id;
    }

    private Source findSource(UUID id, String ifMatch) {
        Source source = sources.findByIdOptional(id)
                .orElseThrow(() -> ProblemException.notFound("No source has the id " + id + "."));
        ETags.requireMatch(ifMatch, ETags.of(source.id, source.version), "source");
        return source;
    }

    private void writeChecked(Source source, SourceBody body) {
        sources.findByUrl(Text.clean(body.url())).filter(other -> other != source).ifPresent(other -> {
            throw ProblemException.of(ProblemType.CONFLICT, "The source " + other.id + " has this URL.");
        });
        write(source, body);
    }

    private static void write(Source source, SourceBody body) {
        source.url = Text.clean(body.url());
        source.outlet = Text.clean(body.outlet());
        source.title = Text.clean(body.title());
        source.publishedOn = body.publishedOn();
        source.author = Text.clean(body.author());
    }
}
