package io.verbatim.curation;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.verbatim.domain.DatePrecision;
import io.verbatim.domain.SourceCitation;
import io.verbatim.domain.Speaker;
import io.verbatim.domain.Statement;
import io.verbatim.domain.StatementRepository;
import io.verbatim.domain.StatementStatus;
import io.verbatim.domain.Topic;
import io.verbatim.importing.Text;
import io.verbatim.problem.ProblemException;
import io.verbatim.problem.ProblemType;
import io.verbatim.view.StatementView;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Writes statements: create, replace, merge-patch, retract and restore, each in one transaction, each checked against
 * the caller's {@code If-Match}. Nothing is ever deleted.
 */
@ApplicationScoped
public class StatementService {

    private static final String WHAT = "statement";

    private final StatementRepository statements;
    private final References references;
    private final JsonBodies bodies;

    public StatementService(StatementRepository statements, References references, JsonBodies bodies) {
        this.statements = statements;
        this.references = references;
        this.bodies = bodies;
    }

    public static String etag(Statement statement) {
        return ETags.of(statement.id, statement.version);
    }

    @Transactional
    public StatementView create(StatementInput input) {
        Statement statement = new Statement();
        apply(input, statement);
        statements.persist(statement);
        statements.flush();
        return StatementView.of(statement);
    }

    /** Creates a statement awaiting review (from an extraction): not listed until it is published. */
    @Transactional
    public StatementView createPending(StatementInput input) {
        Statement statement = new Statement();
        apply(input, statement);
        statement.status = StatementStatus.PENDING_REVIEW;
        statements.persist(statement);
        statements.flush();
        return StatementView.of(statement);
    }

    /** PENDING_REVIEW to PUBLISHED; the change is a revision in the statement's history like any other. */
    @Transactional
    public StatementView publish(UUID id, String ifMatch) {
        Statement statement = find(id);
        ETags.checkMatch(ifMatch, etag(statement), WHAT);
        if (statement.status != StatementStatus.PENDING_REVIEW) {
            throw ProblemException.of(ProblemType.CONFLICT, "The statement " + id + " is " + statement.status
                    + ", not PENDING_REVIEW.");
        }
        statement.status = StatementStatus.PUBLISHED;
        statements.flush();
        return StatementView.of(statement);
    }

    @Transactional
    public StatementView replace(UUID id, String ifMatch, StatementInput input) {
        Statement statement = find(id);
        ETags.requireMatch(ifMatch, etag(statement), WHAT);
        apply(input, statement);
        statements.flush();
        return StatementView.of(statement);
    }

    /** Applies an RFC 7396 merge patch to the statement as a {@link StatementInput}, then validates the result. */
    @Transactional
    public StatementView patch(UUID id, String ifMatch, JsonNode patch) throws JsonProcessingException {
        Statement statement = find(id);
        ETags.requireMatch(ifMatch, etag(statement), WHAT);
        if (patch == null || !patch.isObject()) {
            throw new ProblemException(ProblemType.INVALID_BODY, "A merge patch must be a JSON object.", List.of());
        }
        JsonNode merged = JsonBodies.mergePatch(asInput(statement), patch);
        apply(bodies.read(merged, StatementInput.class), statement);
        statements.flush();
        return StatementView.of(statement);
    }

    @Transactional
    public StatementView retract(UUID id, String ifMatch, String reason) {
        Statement statement = find(id);
        ETags.checkMatch(ifMatch, etag(statement), WHAT);
        statement.status = StatementStatus.RETRACTED;
        statement.retractionReason = Text.clean(reason);
        statements.flush();
        return StatementView.of(statement);
    }

    @Transactional
    public StatementView restore(UUID id, String ifMatch) {
        Statement statement = find(id);
        ETags.checkMatch(ifMatch, etag(statement), WHAT);
        if (statement.status != StatementStatus.RETRACTED) {
            throw ProblemException.of(ProblemType.CONFLICT, "The statement " + id + " is not retracted.");
        }
        statement.status = StatementStatus.PUBLISHED;
        statement.retractionReason = null;
        statements.flush();
        return StatementView.of(statement);
    }

    private Statement find(UUID id) {
        return statements.findByIdOptional(id)
                .orElseThrow(() -> ProblemException.notFound("No statement has the id " + id + "."));
    }

    /** The statement as the body that would write it, references by id: the document a merge patch applies to. */
    private static ObjectNode asInput(Statement statement) {
        ObjectNode node = JsonNodeFactory.instance.objectNode();
        putIfPresent(node, "externalId", statement.externalId);
        node.put("text", statement.text);
        node.put("kind", statement.kind.name());
        node.put("language", statement.language);
        node.put("speaker", statement.speaker.id.toString());
        if (statement.onBehalfOf != null) {
            node.put("onBehalfOf", statement.onBehalfOf.id.toString());
        }
        putIfPresent(node, "speakerRole", statement.speakerRole);
        node.put("saidOn", statement.saidOn.toString());
        node.put("datePrecision", statement.datePrecision.name());
        putIfPresent(node, "context", statement.context);
        ArrayNode topics = node.putArray("topics");
        statement.topics.forEach(topic -> topics.add(topic.id.toString()));
        ArrayNode sources = node.putArray("sources");
        for (SourceCitation citation : statement.sources) {
            ObjectNode source = sources.addObject().put("id", citation.source.id.toString());
            putIfPresent(source, "attribution", citation.attribution);
        }
        return node;
    }

    private static void putIfPresent(ObjectNode node, String field, String value) {
        if (value != null) {
            node.put(field, value);
        }
    }

    /** Writes the body onto the statement; collections are only touched when they differ. */
    private void apply(StatementInput input, Statement statement) {
        String externalId = Text.clean(input.externalId());
        if (externalId != null && !externalId.equals(statement.externalId)) {
            statements.findByExternalId(externalId).filter(other -> other != statement).ifPresent(other -> {
                throw ProblemException.invalidBody("externalId",
                        "is already the external id of statement " + other.id);
            });
        }
        Speaker speaker = references.speaker("speaker", input.speaker());
        Speaker onBehalfOf = input.onBehalfOf() == null ? null
                : references.speaker("onBehalfOf", input.onBehalfOf());
        Set<Topic> topics = new LinkedHashSet<>();
        List<TopicChoice> topicChoices = Optional.ofNullable(input.topics()).orElse(List.of());
        for (int i = 0; i < topicChoices.size(); i++) {
            topics.add(references.topic("topics[" + i + "]", topicChoices.get(i)));
        }
        List<StatementInput.Indexed<SourceChoice>> sourceChoices = input.allSources();
        if (sourceChoices.isEmpty()) {
            throw ProblemException.invalidBody("sources", "must name at least one source (source or sources)");
        }
        List<SourceCitation> citations = new ArrayList<>();
        for (StatementInput.Indexed<SourceChoice> choice : sourceChoices) {
            citations.add(new SourceCitation(references.source(choice.field(), choice.value()),
                    Text.clean(choice.value().attribution())));
        }

        statement.externalId = externalId;
        statement.text = input.text().strip();
        statement.kind = input.kind();
        statement.language = Optional.ofNullable(Text.clean(input.language())).orElse("en");
        statement.speaker = speaker;
        statement.onBehalfOf = onBehalfOf;
        statement.speakerRole = Text.clean(input.speakerRole());
        statement.saidOn = input.saidOn();
        statement.datePrecision = Optional.ofNullable(input.datePrecision()).orElse(DatePrecision.DAY);
        statement.context = Text.clean(input.context());
        if (!statement.topics.equals(topics)) {
            statement.topics.clear();
            statement.topics.addAll(topics);
        }
        if (!sameCitations(statement.sources, citations)) {
            statement.sources.clear();
            statement.sources.addAll(citations);
        }
    }

    private static boolean sameCitations(List<SourceCitation> current, List<SourceCitation> incoming) {
        if (current.size() != incoming.size()) {
            return false;
        }
        for (int i = 0; i < current.size(); i++) {
            if (current.get(i).source != incoming.get(i).source
                    || !Objects.equals(current.get(i).attribution, incoming.get(i).attribution)) {
                return false;
            }
        }
        return true;
    }
}
