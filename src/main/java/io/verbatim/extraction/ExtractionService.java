package io.verbatim.extraction;

import io.quarkus.logging.Log;
import io.verbatim.curation.SourceChoice;
import io.verbatim.curation.SpeakerChoice;
import io.verbatim.curation.StatementInput;
import io.verbatim.curation.StatementService;
import io.verbatim.domain.Slugs;
import io.verbatim.domain.Speaker;
import io.verbatim.domain.SpeakerKind;
import io.verbatim.domain.SpeakerRepository;
import io.verbatim.domain.StatementKind;
import io.verbatim.problem.ProblemException;
import io.verbatim.search.SpeakerSearch;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Runs the extractor on an article, matches the speakers it names, and stores the result for review if asked. */
@ApplicationScoped
public class ExtractionService {

    /** Trigram similarity from which a catalogue name counts as the same speaker. */
    static final float CLOSE_MATCH = 0.6f;
    private static final Pattern DATE_LINE = Pattern.compile("^\\s*date\\s+(\\d{4}-\\d{2}-\\d{2})");

    private final SpeakerRepository speakers;
    private final SpeakerSearch search;
    private final StatementService statements;

    public ExtractionService(SpeakerRepository speakers, SpeakerSearch search, StatementService statements) {
        this.speakers = speakers;
        this.search = search;
        this.statements = statements;
    }

    /** Reads the part-of-speech models once at start-up, not on the first article. */
    void loadModels(@Observes StartupEvent start) {
        Clauses.warmUp();
    }

    /** Extracts without storing anything. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public ExtractionResult extract(ExtractionRequest request, boolean explain) {
        Extracted extracted = QuoteExtractor.extract(request.text());
        Map<String, Optional<UUID>> resolved = new HashMap<>();
        List<ExtractionResult.Statement> out = new ArrayList<>();
        for (Extracted.Found found : extracted.statements()) {
            out.add(view(found, resolved, explain, null));
        }
        Log.debugf("extraction: %d statements, %d unattributed", out.size(), extracted.unattributed().size());
        return new ExtractionResult(out, extracted.unattributed());
    }

    /** Extracts and stores each attributed statement as PENDING_REVIEW, all in one transaction. */
    @Transactional
    public ExtractionResult extractAndSave(ExtractionRequest request, boolean explain) {
        ExtractionRequest.Source source = request.source();
        if (source == null || source.url() == null || source.url().isBlank()) {
            throw ProblemException.invalidBody("source.url", "is required with save=true");
        }
        LocalDate saidOn = source.publishedOn() != null ? source.publishedOn() : dateLine(request.text());
        if (saidOn == null) {
            throw ProblemException.invalidBody("source.publishedOn",
                    "is required with save=true when the text has no `date YYYY-MM-DD` first line");
        }
        Extracted extracted = QuoteExtractor.extract(request.text());
        Map<String, Optional<UUID>> resolved = new HashMap<>();
        List<ExtractionResult.Statement> out = new ArrayList<>();
        for (Extracted.Found found : extracted.statements()) {
            ExtractionResult.Statement view = view(found, resolved, explain, null);
            StatementInput input = new StatementInput(null, found.text(),
                    found.kind().equals("INDIRECT") ? StatementKind.PARAPHRASE : StatementKind.DIRECT,
                    Optional.ofNullable(request.language()).orElse("en"),
                    choice(view.speaker().speakerId(), found.speakerName(), found.organisation()),
                    view.onBehalfOf() == null ? null
                            : choice(view.onBehalfOf().speakerId(), view.onBehalfOf().name(), false),
                    found.speakerRole(), saidOn, null, found.cue(), null,
                    new SourceChoice(null, source.url(), source.outlet(), source.title(), source.publishedOn(), null,
                            (found.descriptor() + " " + Optional.ofNullable(found.cue()).orElse("")).strip()),
                    null);
            UUID id = statements.createPending(input).id();
            Log.infof("extraction: stored statement %s for review", id);
            out.add(new ExtractionResult.Statement(view.text(), view.kind(), view.speaker(), view.onBehalfOf(),
                    view.speakerRole(), view.cue(), view.start(), view.end(), view.confidence(), view.explain(), id));
        }
        return new ExtractionResult(out, extracted.unattributed());
    }

    private static SpeakerChoice choice(UUID id, String name, boolean organisation) {
        return id != null ? SpeakerChoice.reference(id.toString())
                : new SpeakerChoice(null, null, name, organisation ? SpeakerKind.ORGANIZATION : SpeakerKind.PERSON,
                        null, null, null, null);
    }

    static LocalDate dateLine(String text) {
        Matcher m = DATE_LINE.matcher(text);
        if (!m.find()) {
            return null;
        }
        try {
            return LocalDate.parse(m.group(1));
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private ExtractionResult.Statement view(Extracted.Found found, Map<String, Optional<UUID>> resolved,
                                            boolean explain, UUID statementId) {
        UUID speakerId = resolved.computeIfAbsent(found.speakerName(), this::resolve).orElse(null);
        ExtractionResult.Principal principal = found.onBehalfOf() == null ? null
                : new ExtractionResult.Principal(found.onBehalfOf(),
                resolved.computeIfAbsent(found.onBehalfOf(), this::resolve).orElse(null));
        return new ExtractionResult.Statement(found.text(), found.kind(),
                new ExtractionResult.SpeakerMatch(found.speakerName(), found.descriptor(), speakerId), principal,
                found.speakerRole(), found.cue(), found.start(), found.end(), found.confidence(),
                explain ? found.explain() : null, statementId);
    }

    /** A catalogue speaker by slug, then alias, then the closest name or alias (trigram similarity 0.6 or more). */
    private Optional<UUID> resolve(String name) {
        Optional<Speaker> bySlug = speakers.findBySlug(Slugs.of(name));
        if (bySlug.isPresent()) {
            return bySlug.map(s -> s.id);
        }
        Optional<Speaker> byAlias = speakers.findByAlias(name);
        if (byAlias.isPresent()) {
            return byAlias.map(s -> s.id);
        }
        return search.find(name, null, null, 1).stream().filter(m -> m.score() >= CLOSE_MATCH).findFirst()
                .map(SpeakerSearch.Match::id);
    }
}
