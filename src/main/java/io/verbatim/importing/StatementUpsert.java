package io.verbatim.importing;

import io.verbatim.domain.DatePrecision;
import io.verbatim.domain.SourceCitation;
import io.verbatim.domain.Speaker;
import io.verbatim.domain.Statement;
import io.verbatim.domain.StatementRepository;
import io.verbatim.domain.StatementStatus;
import io.verbatim.domain.Topic;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Applies one valid import line inside the caller's transaction: creates the statement, updates it when its content
 * differs, or leaves it alone. A line matches an existing statement by {@code externalId}, or, without one, by the
 * same speaker, date and text, so that importing the same data twice changes nothing.
 */
@ApplicationScoped
public class StatementUpsert {

    /** What applying a line did. */
    public enum Outcome {
        CREATED, UPDATED, UNCHANGED
    }

    private final StatementRepository statements;
    private final SpeakerResolver speakers;
    private final TopicResolver topics;
    private final SourceResolver sources;
    private final ImportCache cache;

    public StatementUpsert(StatementRepository statements, SpeakerResolver speakers, TopicResolver topics,
                           SourceResolver sources, ImportCache cache) {
        this.statements = statements;
        this.speakers = speakers;
        this.topics = topics;
        this.sources = sources;
        this.cache = cache;
    }

    public Outcome apply(ImportLine line) {
        return apply(line, null);
    }

    /**
     * As {@link #apply(ImportLine)}; a new statement with an external id is gathered into {@code setWise} (to be
     * written by SQL with the rest of its batch) rather than persisted as an entity, when {@code setWise} is given.
     * The caller gives it only for external ids that occur once in the batch.
     */
    public Outcome apply(ImportLine line, NewStatements setWise) {
        Speaker speaker = speakers.resolve(line.speaker());
        Speaker onBehalfOf = line.onBehalfOf() == null ? null : speakers.resolve(line.onBehalfOf());
        Set<Topic> lineTopics = new LinkedHashSet<>();
        if (line.topics() != null) {
            line.topics().forEach(topic -> lineTopics.add(topics.resolve(topic)));
        }
        List<SourceCitation> citations = line.allSources().stream()
                .map(source -> new SourceCitation(sources.resolve(source), Text.clean(source.attribution())))
                .toList();

        String externalId = Text.clean(line.externalId());
        String text = line.text().strip();
        Optional<Statement> existing = externalId != null
                ? cache.statementByExternalId(externalId, () -> statements.findByExternalId(externalId))
                : cache.statementByContent(new ImportCache.NaturalKey(speaker.id, line.saidOn(), text),
                () -> statements.find("speaker = ?1 and saidOn = ?2 and text = ?3 and externalId is null",
                        speaker, line.saidOn(), text).firstResultOptional());

        if (existing.isEmpty() && setWise != null && externalId != null) {
            StatementStatus status = Optional.ofNullable(line.status()).orElse(StatementStatus.PUBLISHED);
            setWise.add(UUID.randomUUID(), externalId, text, line.kind().name(),
                    Optional.ofNullable(Text.clean(line.language())).orElse("en"), speaker.id,
                    onBehalfOf == null ? null : onBehalfOf.id, Text.clean(line.speakerRole()),
                    line.saidOn().toString(),
                    Optional.ofNullable(line.datePrecision()).orElse(DatePrecision.DAY).name(),
                    Text.clean(line.context()), status.name(),
                    status == StatementStatus.RETRACTED ? Text.clean(line.retractionReason()) : null,
                    lineTopics, citations);
            return Outcome.CREATED;
        }
        Statement statement = existing.orElseGet(Statement::new);
        boolean changed = copy(line, externalId, text, speaker, onBehalfOf, lineTopics, citations, statement);
        if (existing.isEmpty()) {
            statements.persist(statement);
            cache.rememberStatement(statement);
            return Outcome.CREATED;
        }
        cache.rememberStatement(statement);
        return changed ? Outcome.UPDATED : Outcome.UNCHANGED;
    }

    /** Copies the line onto the statement field by field; true when anything differed. */
    private static boolean copy(ImportLine line, String externalId, String text, Speaker speaker, Speaker onBehalfOf,
                                Set<Topic> lineTopics, List<SourceCitation> citations, Statement statement) {
        boolean changed = false;
        changed |= differs(statement.externalId, externalId);
        statement.externalId = externalId;
        changed |= differs(statement.text, text);
        statement.text = text;
        changed |= differs(statement.kind, line.kind());
        statement.kind = line.kind();
        String language = Optional.ofNullable(Text.clean(line.language())).orElse("en");
        changed |= differs(statement.language, language);
        statement.language = language;
        changed |= differs(statement.speaker, speaker);
        statement.speaker = speaker;
        changed |= differs(statement.onBehalfOf, onBehalfOf);
        statement.onBehalfOf = onBehalfOf;
        changed |= differs(statement.speakerRole, Text.clean(line.speakerRole()));
        statement.speakerRole = Text.clean(line.speakerRole());
        changed |= differs(statement.saidOn, line.saidOn());
        statement.saidOn = line.saidOn();
        DatePrecision precision = Optional.ofNullable(line.datePrecision()).orElse(DatePrecision.DAY);
        changed |= differs(statement.datePrecision, precision);
        statement.datePrecision = precision;
        changed |= differs(statement.context, Text.clean(line.context()));
        statement.context = Text.clean(line.context());
        StatementStatus status = Optional.ofNullable(line.status()).orElse(StatementStatus.PUBLISHED);
        changed |= differs(statement.status, status);
        statement.status = status;
        String reason = status == StatementStatus.RETRACTED ? Text.clean(line.retractionReason()) : null;
        changed |= differs(statement.retractionReason, reason);
        statement.retractionReason = reason;
        if (!statement.topics.equals(lineTopics)) {
            statement.topics.clear();
            statement.topics.addAll(lineTopics);
            changed = true;
        }
        if (!sameCitations(statement.sources, citations)) {
            statement.sources.clear();
            statement.sources.addAll(citations);
            changed = true;
        }
        return changed;
    }

    private static boolean differs(Object current, Object incoming) {
        return !Objects.equals(current, incoming);
    }

    private static boolean sameCitations(List<SourceCitation> current, List<SourceCitation> incoming) {
        if (current.size() != incoming.size()) {
            return false;
        }
        for (int i = 0; i < current.size(); i++) {
            SourceCitation a = current.get(i);
            SourceCitation b = incoming.get(i);
            if (a.source != b.source || !Objects.equals(a.attribution, b.attribution)) {
                return false;
            }
        }
        return true;
    }
}
