package io.verbatim.importing;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import io.quarkus.logging.Log;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.verbatim.config.VerbatimConfig;
import io.verbatim.problem.FieldPaths;
import io.verbatim.problem.StorableText;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import io.verbatim.domain.Revision;
import org.hibernate.Session;
import org.hibernate.envers.AuditReaderFactory;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * Imports statements from NDJSON or CSV, streaming: each line is parsed and validated on its own, and valid lines are
 * written in batches. Best effort commits each batch in its own transaction and keeps the valid lines; all or nothing
 * writes everything in one transaction and rolls it back if any line fails. Invalid lines are reported with their
 * line number and field.
 */
@ApplicationScoped
public class ImportService {

    static final int BATCH_SIZE = 500;
    public static final int MAX_REPORTED_ERRORS = 1000;
    /**
     * An all-or-nothing import is one transaction for up to 100,000 lines (about a minute on two cores, more under
     * load): the transaction manager's default of 60 s would abort it half-way. Best-effort batches keep the default.
     */
    static final int ALL_OR_NOTHING_TIMEOUT_SECONDS = 3600;

    private final ObjectReader lineReader;
    private final Validator validator;
    private final StatementUpsert upsert;
    private final EntityManager entityManager;
    private final CsvLines.Factory csv;
    private final long maxLines;
    private final ImportCache cache;

    public ImportService(ObjectMapper mapper, Validator validator, StatementUpsert upsert,
                         EntityManager entityManager, VerbatimConfig config, ImportCache cache) {
        this.lineReader = mapper.readerFor(ImportLine.class)
                .with(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .with(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);
        this.validator = validator;
        this.upsert = upsert;
        this.entityManager = entityManager;
        this.csv = new CsvLines.Factory(mapper, this::check);
        this.maxLines = config.importMaxLines();
        this.cache = cache;
    }

    /**
     * Applies a batch in the current transaction. Lines that would change nothing are found first, by SQL, and write
     * nothing. Sources cited for the first time are created by SQL ({@link NewSources}; best-effort batches only). The
     * rest are resolved line by line (speakers, topics and sources found in one query each, or created);
     * new statements with an external id that comes once in the batch are then written together by SQL, in the
     * batch's revision ({@link NewStatements}; best-effort batches only); other lines (updates, lines without an external id, repeated external
     * ids) go through the entities, with no flush before each lookup (the cache answers for what this transaction
     * created).
     */
    private List<StatementUpsert.Outcome> applyBatch(List<NumberedLine> batch, boolean setWiseInserts) {
        Session session = entityManager.unwrap(Session.class);
        List<ImportLine> lines = batch.stream().map(NumberedLine::line).toList();
        BitSet unchanged = session.doReturningWork(connection -> StoredStatements.unchanged(connection, lines));
        StatementUpsert.Outcome[] outcomes = new StatementUpsert.Outcome[lines.size()];
        List<ImportLine> rest = new ArrayList<>(lines.size());
        for (int i = 0; i < lines.size(); i++) {
            if (unchanged.get(i)) {
                outcomes[i] = StatementUpsert.Outcome.UNCHANGED;
            } else {
                rest.add(lines.get(i));
            }
        }
        if (rest.isEmpty()) {
            return Arrays.asList(outcomes);
        }
        entityManager.setFlushMode(FlushModeType.COMMIT);
        if (setWiseInserts) {
            NewSources sources = session.doReturningWork(connection -> NewSources.unknown(connection, rest));
            if (!sources.isEmpty()) {
                long revision = batchRevision();
                session.doWork(connection -> sources.write(connection, revision, Instant.now()));
            }
        }
        cache.prefetch(entityManager, rest);
        Map<String, Integer> occurrences = new HashMap<>();
        lines.forEach(line -> Optional.ofNullable(Text.clean(line.externalId()))
                .ifPresent(externalId -> occurrences.merge(externalId, 1, Integer::sum)));
        NewStatements setWise = new NewStatements();
        for (int i = 0; i < lines.size(); i++) {
            if (outcomes[i] == null) {
                String externalId = Text.clean(lines.get(i).externalId());
                boolean once = setWiseInserts && externalId != null && occurrences.get(externalId) == 1;
                outcomes[i] = upsert.apply(lines.get(i), once ? setWise : null);
            }
        }
        entityManager.flush();
        if (!setWise.isEmpty()) {
            long revision = batchRevision();
            session.doWork(connection -> setWise.write(connection, revision, Instant.now()));
        }
        return Arrays.asList(outcomes);
    }

    /**
     * The batch's revision, shared with the entities' changes (Envers writes theirs at commit), so that rows written
     * by SQL and their history find the speakers, topics and sources created with them; flushed, so that it exists.
     */
    private long batchRevision() {
        Revision revision = AuditReaderFactory.get(entityManager).getCurrentRevision(Revision.class, true);
        entityManager.flush();
        return revision.id;
    }

    /** Imports every line of {@code ndjson}; blank lines are skipped. Best effort: valid lines are kept. */
    public ImportReport importNdjson(BufferedReader ndjson) {
        return importNdjson(ndjson, ImportMode.BEST_EFFORT);
    }

    public ImportReport importNdjson(BufferedReader ndjson, ImportMode mode) {
        return importNdjson(ndjson, mode, ImportProgress.NONE, maxLines);
    }

    /**
     * As {@link #importNdjson(BufferedReader, ImportMode)} with a limit of its own (asynchronous imports have a
     * larger one), telling {@code progress} after each batch.
     */
    public ImportReport importNdjson(BufferedReader ndjson, ImportMode mode, ImportProgress progress, long lineLimit) {
        return run(new NdjsonLines(ndjson), mode, new Tally(progress, lineLimit));
    }

    /** Imports CSV with a header row of {@link CsvLines} columns; line numbers count the header as line 1. */
    public ImportReport importCsv(Reader csvText, ImportMode mode) {
        return importCsv(csvText, mode, ImportProgress.NONE, maxLines);
    }

    public ImportReport importCsv(Reader csvText, ImportMode mode, ImportProgress progress, long lineLimit) {
        return run(csv.open(csvText), mode, new Tally(progress, lineLimit));
    }

    /**
     * Reads a CSV body's header and first row only: a missing header or an unknown column is a problem (400), as it
     * would be at the start of the import itself; checked before an asynchronous import is accepted.
     */
    public void checkCsvHeader(Reader csvText) {
        try {
            csv.open(csvText).next();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private ImportReport run(LineSource lines, ImportMode mode, Tally tally) {
        try {
            return mode == ImportMode.ALL_OR_NOTHING ? allOrNothing(lines, tally) : bestEffort(lines, tally);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Valid lines are written in batches, one transaction a batch; invalid lines are reported. */
    private ImportReport bestEffort(LineSource lines, Tally tally) throws IOException {
        List<NumberedLine> batch = new ArrayList<>(BATCH_SIZE);
        for (ParsedLine parsed = next(lines, tally); parsed != null; parsed = next(lines, tally)) {
            if (parsed.line() != null) {
                batch.add(new NumberedLine(parsed.number(), parsed.line()));
            }
            if (batch.size() == BATCH_SIZE) {
                write(batch, tally);
                batch.clear();
            }
        }
        write(batch, tally);
        return tally.report();
    }

    /**
     * One transaction for the whole body, flushed and cleared every batch so that memory stays flat; after the first
     * failure nothing more is written, the rest is only checked (to report every invalid line), and all is rolled back.
     */
    private ImportReport allOrNothing(LineSource lines, Tally tally) throws IOException {
        try {
            QuarkusTransaction.requiringNew().timeout(ALL_OR_NOTHING_TIMEOUT_SECONDS).run(() -> {
                try {
                    writeAll(lines, tally);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                if (tally.failedLines > 0) {
                    throw new RollBack();
                }
            });
        } catch (RollBack rolledBack) {
            return tally.rolledBack();
        }
        return tally.report();
    }

    private void writeAll(LineSource lines, Tally tally) throws IOException {
        List<NumberedLine> batch = new ArrayList<>(BATCH_SIZE);
        for (ParsedLine parsed = next(lines, tally); parsed != null; parsed = next(lines, tally)) {
            if (parsed.line() != null && tally.failedLines == 0) {
                batch.add(new NumberedLine(parsed.number(), parsed.line()));
            }
            if (batch.size() == BATCH_SIZE) {
                writeInCurrentTransaction(batch, tally);
                batch.clear();
            }
        }
        if (tally.failedLines == 0) {
            writeInCurrentTransaction(batch, tally);
        }
    }

    /** Ends an all-or-nothing transaction with a rollback once every line has been checked. */
    private static final class RollBack extends RuntimeException {
        RollBack() {
            super("an all-or-nothing import had failed lines", null, false, false);
        }
    }

    private void writeInCurrentTransaction(List<NumberedLine> batch, Tally tally) {
        if (batch.isEmpty()) {
            return;
        }
        try {
            // no set-wise inserts here: they share Envers' revision, which the clear() below would detach
            List<StatementUpsert.Outcome> outcomes = applyBatch(batch, false);
            entityManager.clear();
            cache.clear();
            outcomes.forEach(tally::count);
            tally.progressed();
        } catch (RuntimeException batchFailed) {
            Log.warnf("An all-or-nothing import batch of %d lines failed (%s)", batch.size(),
                    batchFailed.getClass().getSimpleName());
            tally.reject(batch.get(0).number(), List.of(new ImportReport.LineError(batch.get(0).number(), null,
                    "could not be stored: a line from here to line " + batch.get(batch.size() - 1).number()
                            + " conflicts with stored data")));
        }
    }

    /** The next line, or null at the end of the body or past the line limit (which is reported as an error). */
    private ParsedLine next(LineSource lines, Tally tally) throws IOException {
        ParsedLine parsed = lines.next();
        if (parsed == null) {
            return null;
        }
        tally.linesRead = Math.max(tally.linesRead, Math.min(parsed.number(), tally.maxLines));
        if (parsed.number() > tally.maxLines) {
            tally.reject(parsed.number(), List.of(new ImportReport.LineError(parsed.number(), null,
                    "is past the limit of " + tally.maxLines + " lines a request; the rest of the body was not read")));
            return null;
        }
        if (parsed.line() == null) {
            tally.reject(parsed.number(), parsed.errors());
        }
        return parsed;
    }

    /** NDJSON: one JSON object a line, blank lines skipped. */
    private final class NdjsonLines implements LineSource {
        private final BufferedReader reader;
        private long number;

        NdjsonLines(BufferedReader reader) {
            this.reader = reader;
        }

        @Override
        public ParsedLine next() throws IOException {
            for (String raw = reader.readLine(); raw != null; raw = reader.readLine()) {
                number++;
                if (!raw.isBlank()) {
                    return parse(number, raw);
                }
            }
            return null;
        }
    }

    /** The line as a valid ImportLine, or the reasons it is not one. */
    private ParsedLine parse(long lineNumber, String raw) {
        ImportLine line;
        try {
            line = lineReader.readValue(raw);
        } catch (JsonMappingException e) {
            String field = FieldPaths.of(e);
            return ParsedLine.invalid(lineNumber, field.isEmpty()
                    ? new ImportReport.LineError(lineNumber, null, "is not a JSON object")
                    : new ImportReport.LineError(lineNumber, field, e instanceof InvalidFormatException format
                            && StorableText.isRefused(format) ? StorableText.REFUSAL : "has an invalid value, type or name"));
        } catch (JsonProcessingException e) {
            return ParsedLine.invalid(lineNumber, new ImportReport.LineError(lineNumber, null, "is not valid JSON"));
        }
        if (line == null) {
            return ParsedLine.invalid(lineNumber, new ImportReport.LineError(lineNumber, null, "is not a JSON object"));
        }
        return check(lineNumber, line);
    }

    /** Bean Validation and the rules it cannot express; errors sorted by field. */
    ParsedLine check(long lineNumber, ImportLine line) {
        Set<ConstraintViolation<ImportLine>> violations = validator.validate(line);
        if (!violations.isEmpty()) {
            return new ParsedLine(lineNumber, null, violations.stream()
                    .map(violation -> new ImportReport.LineError(lineNumber, FieldPaths.propertyPath(violation),
                            violation.getMessage()))
                    .sorted(Comparator.comparing(ImportReport.LineError::field))
                    .toList());
        }
        if (line.allSources().isEmpty()) {
            return ParsedLine.invalid(lineNumber, new ImportReport.LineError(lineNumber, "source",
                    "at least one source is required (source or sources)"));
        }
        List<ImportReport.LineError> unknownSources = unknownSourcesWithoutOutlet(lineNumber, line);
        if (!unknownSources.isEmpty()) {
            return new ParsedLine(lineNumber, null, unknownSources);
        }
        return new ParsedLine(lineNumber, line, List.of());
    }

    /** A source named by URL alone must be known already, as in statement bodies: a new one needs its outlet. */
    private List<ImportReport.LineError> unknownSourcesWithoutOutlet(long lineNumber, ImportLine line) {
        List<ImportReport.LineError> errors = new ArrayList<>();
        List<String> paths = new ArrayList<>();
        if (line.source() != null) {
            paths.add("source");
        }
        for (int i = 0; line.sources() != null && i < line.sources().size(); i++) {
            paths.add("sources[" + i + "]");
        }
        List<SourceInput> sources = line.allSources();
        for (int i = 0; i < sources.size(); i++) {
            if (Text.clean(sources.get(i).outlet()) == null && entityManager.createQuery(
                    "select count(s) from Source s where s.url = :url", Long.class)
                    .setParameter("url", Text.clean(sources.get(i).url())).getSingleResult() == 0) {
                errors.add(new ImportReport.LineError(lineNumber, paths.get(i) + ".outlet",
                        "is required for a source not yet known"));
            }
        }
        return errors;
    }

    /**
     * Writes a batch in one transaction. Should the database refuse it (a constraint the validation cannot see),
     * each line is retried in a transaction of its own, so that only the offending lines are lost.
     */
    private void write(List<NumberedLine> batch, Tally tally) {
        if (batch.isEmpty()) {
            return;
        }
        try {
            List<StatementUpsert.Outcome> outcomes = QuarkusTransaction.requiringNew().call(() -> applyBatch(batch, true));
            outcomes.forEach(tally::count);
        } catch (RuntimeException batchFailed) {
            Log.warnf("An import batch of %d lines failed (%s); retrying line by line", batch.size(),
                    batchFailed.getClass().getSimpleName());
            for (NumberedLine line : batch) {
                try {
                    tally.count(QuarkusTransaction.requiringNew().call(() -> upsert.apply(line.line())));
                } catch (RuntimeException lineFailed) {
                    tally.reject(line.number(), List.of(new ImportReport.LineError(line.number(), null,
                            "could not be stored: it conflicts with stored data")));
                }
            }
        }
        tally.progressed();
    }

    /** Where lines come from: NDJSON or CSV, parsed and checked one at a time. */
    interface LineSource {
        /** The next line, or null at the end. */
        ParsedLine next() throws IOException;
    }

    /** A line number with either a valid line or the reasons it is invalid. */
    record ParsedLine(long number, ImportLine line, List<ImportReport.LineError> errors) {
        static ParsedLine invalid(long number, ImportReport.LineError error) {
            return new ParsedLine(number, null, List.of(error));
        }
    }

    private record NumberedLine(long number, ImportLine line) {
    }

    /** Running counts of an import. */
    private static final class Tally {
        final ImportProgress progress;
        final long maxLines;
        long linesRead;
        long created;
        long updated;
        long unchanged;
        long failedLines;
        final List<ImportReport.LineError> errors = new ArrayList<>();

        Tally(ImportProgress progress, long maxLines) {
            this.progress = progress;
            this.maxLines = maxLines;
        }

        void progressed() {
            progress.batchDone(linesRead, report());
        }

        void count(StatementUpsert.Outcome outcome) {
            switch (outcome) {
                case CREATED -> created++;
                case UPDATED -> updated++;
                case UNCHANGED -> unchanged++;
            }
        }

        /** Counts a refused line once, whatever the number of its errors. */
        void reject(long line, List<ImportReport.LineError> lineErrors) {
            failedLines++;
            for (ImportReport.LineError error : lineErrors) {
                if (errors.size() < MAX_REPORTED_ERRORS) {
                    errors.add(error);
                }
            }
        }

        ImportReport report() {
            return new ImportReport(created, updated, unchanged, failedLines, List.copyOf(errors));
        }

        /** Nothing was stored: only the failures count. */
        ImportReport rolledBack() {
            return new ImportReport(0, 0, 0, failedLines, List.copyOf(errors));
        }
    }
}
