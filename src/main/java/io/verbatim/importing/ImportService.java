package io.verbatim.importing;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import io.quarkus.logging.Log;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.verbatim.problem.FieldPaths;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Imports statements from NDJSON, streaming: each line is parsed and validated on its own, and valid lines are
 * written in batches, one transaction a batch. Invalid lines are reported with their line number and field.
 */
@ApplicationScoped
public class ImportService {

    static final int BATCH_SIZE = 500;
    static final int MAX_REPORTED_ERRORS = 1000;

    private final ObjectReader lineReader;
    private final Validator validator;
    private final StatementUpsert upsert;
    private final EntityManager entityManager;

    public ImportService(ObjectMapper mapper, Validator validator, StatementUpsert upsert,
                         EntityManager entityManager) {
        this.lineReader = mapper.readerFor(ImportLine.class)
                .with(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .with(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);
        this.validator = validator;
        this.upsert = upsert;
        this.entityManager = entityManager;
    }

    /** Imports every line of {@code ndjson}; blank lines are skipped. Best effort: valid lines are kept. */
    public ImportReport importNdjson(BufferedReader ndjson) {
        Tally tally = new Tally();
        List<NumberedLine> batch = new ArrayList<>(BATCH_SIZE);
        long lineNumber = 0;
        try {
            for (String raw = ndjson.readLine(); raw != null; raw = ndjson.readLine()) {
                lineNumber++;
                if (raw.isBlank()) {
                    continue;
                }
                Optional<ImportLine> line = parse(lineNumber, raw, tally);
                if (line.isPresent()) {
                    batch.add(new NumberedLine(lineNumber, line.get()));
                }
                if (batch.size() == BATCH_SIZE) {
                    write(batch, tally);
                    batch.clear();
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        write(batch, tally);
        return tally.report();
    }

    /** The line as a valid ImportLine, or the reasons it is not one. */
    private Optional<ImportLine> parse(long lineNumber, String raw, Tally tally) {
        ImportLine line;
        try {
            line = lineReader.readValue(raw);
        } catch (JsonMappingException e) {
            String field = FieldPaths.of(e);
            return tally.reject(lineNumber, List.of(field.isEmpty()
                    ? new ImportReport.LineError(lineNumber, null, "is not a JSON object")
                    : new ImportReport.LineError(lineNumber, field, "has an invalid value, type or name")));
        } catch (JsonProcessingException e) {
            return tally.reject(lineNumber, List.of(new ImportReport.LineError(lineNumber, null, "is not valid JSON")));
        }
        if (line == null) {
            return tally.reject(lineNumber, List.of(new ImportReport.LineError(lineNumber, null, "is not a JSON object")));
        }
        Set<ConstraintViolation<ImportLine>> violations = validator.validate(line);
        if (!violations.isEmpty()) {
            return tally.reject(lineNumber, violations.stream()
                    .map(violation -> new ImportReport.LineError(lineNumber, FieldPaths.propertyPath(violation),
                            violation.getMessage()))
                    .sorted(Comparator.comparing(ImportReport.LineError::field))
                    .toList());
        }
        if (line.allSources().isEmpty()) {
            return tally.reject(lineNumber, List.of(new ImportReport.LineError(lineNumber, "source",
                    "at least one source is required (source or sources)")));
        }
        return Optional.of(line);
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
            List<StatementUpsert.Outcome> outcomes = QuarkusTransaction.requiringNew().call(() -> {
                List<StatementUpsert.Outcome> applied = new ArrayList<>(batch.size());
                for (NumberedLine line : batch) {
                    applied.add(upsert.apply(line.line()));
                }
                entityManager.flush();
                return applied;
            });
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
    }

    private record NumberedLine(long number, ImportLine line) {
    }

    /** Running counts of an import. */
    private static final class Tally {
        long created;
        long updated;
        long unchanged;
        long failedLines;
        final List<ImportReport.LineError> errors = new ArrayList<>();

        void count(StatementUpsert.Outcome outcome) {
            switch (outcome) {
                case CREATED -> created++;
                case UPDATED -> updated++;
                case UNCHANGED -> unchanged++;
            }
        }

        /** Counts a refused line once, whatever the number of its errors. */
        <T> Optional<T> reject(long line, List<ImportReport.LineError> lineErrors) {
            failedLines++;
            for (ImportReport.LineError error : lineErrors) {
                if (errors.size() < MAX_REPORTED_ERRORS) {
                    errors.add(error);
                }
            }
            return Optional.empty();
        }

        ImportReport report() {
            return new ImportReport(created, updated, unchanged, failedLines, List.copyOf(errors));
        }
    }
}
