package io.verbatim.reviews;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.logging.Log;
import io.verbatim.config.VerbatimConfig;
import io.verbatim.domain.VerdictSource;
import io.verbatim.importing.ImportReport.LineError;
import io.verbatim.problem.ProblemException;
import io.verbatim.problem.ProblemType;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Imports fact-checks in bulk, in batches: each item is validated, then linked through the quote check (outside any
 * transaction; skipped when the stored review with that URL has the same claim and is linked already), then a batch
 * is written in one transaction by URL. When a batch fails in the database, its items are written one by one so that
 * only the failing ones are refused. Nothing of a refused item is stored.
 */
@ApplicationScoped
public class ReviewImporter {

    static final int MAX_REPORTED = 1000;
    static final int BATCH = 100;

    private final ObjectMapper mapper;
    private final Validator validator;
    private final ReviewLinker linker;
    private final ReviewStore store;
    private final VerdictLabels labels;
    private final EntityManager entityManager;
    private final int maxItems;

    public ReviewImporter(ObjectMapper mapper, Validator validator, ReviewLinker linker, ReviewStore store,
                          VerdictLabels labels, EntityManager entityManager, VerbatimConfig config) {
        this.mapper = mapper;
        this.validator = validator;
        this.linker = linker;
        this.store = store;
        this.labels = labels;
        this.entityManager = entityManager;
        this.maxItems = config.importMaxLines();
    }

    /** A whole JSON document: a ClaimReview, an array of them, an @graph, or a claims:search answer. */
    public ReviewImportReport importJson(BufferedReader body) {
        JsonNode root;
        try {
            root = mapper.readTree(body);
        } catch (JsonProcessingException e) {
            throw ProblemException.of(ProblemType.INVALID_BODY, "The body is not a JSON document: "
                    + e.getOriginalMessage());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (root == null || root.isMissingNode()) {
            throw ProblemException.of(ProblemType.INVALID_BODY, "The body is empty.");
        }
        Run run = new Run();
        ReviewFeeds.document(root, run::add, run::error);
        return run.finish();
    }

    /** NDJSON: one ClaimReview (or claims:search answer) a line. */
    public ReviewImportReport importNdjson(BufferedReader body) {
        Run run = new Run();
        try {
            String line;
            long number = 0;
            while ((line = body.readLine()) != null) {
                number++;
                if (line.isBlank()) {
                    continue;
                }
                if (run.items >= maxItems) {
                    run.error(new LineError(number, null, "is past the limit of " + maxItems
                            + " items a request; not read"));
                    break;
                }
                JsonNode node;
                try {
                    node = mapper.readTree(line);
                } catch (JsonProcessingException e) {
                    run.error(new LineError(number, null, "is not valid JSON: " + e.getOriginalMessage()));
                    continue;
                }
                ReviewFeeds.node(node, number, false, run::add, run::error);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return run.finish();
    }

    /** One import: the pending batch and the counts. */
    private final class Run {
        final List<FeedItem> batch = new ArrayList<>();
        final List<LineError> errors = new ArrayList<>();
        final List<LineError> warnings = new ArrayList<>();
        long items;
        long linked;
        long unlinked;
        long unchanged;
        long failed;

        void add(FeedItem item) {
            items++;
            if (items > maxItems) {
                error(new LineError(item.line(), null, "is past the limit of " + maxItems + " items a request"));
                return;
            }
            batch.add(item);
            if (batch.size() >= BATCH) {
                flush();
            }
        }

        void error(LineError error) {
            failed++;
            report(errors, error);
        }

        ReviewImportReport finish() {
            flush();
            // Items are refused while reading (shape) or at their batch (validation): the report lists them in order.
            java.util.Comparator<LineError> byLine = java.util.Comparator.comparingLong(LineError::line);
            return new ReviewImportReport(linked, unlinked, unchanged, failed,
                    errors.stream().sorted(byLine).toList(), warnings.stream().sorted(byLine).toList());
        }

        void flush() {
            if (batch.isEmpty()) {
                return;
            }
            List<FeedItem> valid = new ArrayList<>();
            for (FeedItem item : batch) {
                Set<ConstraintViolation<ReviewInput>> violations = validator.validate(item.input());
                if (violations.isEmpty()) {
                    valid.add(item);
                    continue;
                }
                failed++;
                violations.stream()
                        .sorted(java.util.Comparator.comparing(v -> v.getPropertyPath().toString()))
                        .forEach(v -> report(errors, new LineError(item.line(),
                                item.feedField(v.getPropertyPath().toString()), v.getMessage())));
            }
            batch.clear();
            List<ReviewStore.Prepared> prepared = prepare(valid);
            write(prepared);
        }

        private List<ReviewStore.Prepared> prepare(List<FeedItem> valid) {
            Map<String, Stored> stored = stored(valid.stream().map(item -> item.input().url().strip()).toList());
            List<ReviewStore.Prepared> prepared = new ArrayList<>(valid.size());
            for (FeedItem item : valid) {
                ReviewInput input = item.input();
                for (String[] warning : item.warnings()) {
                    report(warnings, new LineError(item.line(), item.prefix() + warning[0], warning[1]));
                }
                ReviewInput.RatingInput rating = input.rating();
                if (rating != null && rating.label() != null && labels.map(rating.label(), rating.value(),
                        rating.best(), rating.worst()).source() == VerdictSource.UNMAPPED) {
                    report(warnings, new LineError(item.line(), item.feedField("rating.label"), "'" + rating.label()
                            + "' is not in the verdict table: verdict OTHER"));
                }
                Stored before = stored.get(input.url().strip());
                Optional<ReviewLinker.Link> link;
                if (before != null && before.manual()) {
                    link = Optional.empty();
                } else if (before != null && before.link() != null && before.sameClaim(input)) {
                    link = Optional.of(before.link());
                } else {
                    link = linker.find(input.claimReviewed(), input.claimant(), input.claimDate());
                }
                prepared.add(new ReviewStore.Prepared(item, input, link));
            }
            return prepared;
        }

        private void write(List<ReviewStore.Prepared> prepared) {
            if (prepared.isEmpty()) {
                return;
            }
            try {
                count(store.importBatch(prepared));
            } catch (RuntimeException batchFailed) {
                for (ReviewStore.Prepared one : prepared) {
                    try {
                        count(store.importBatch(List.of(one)));
                    } catch (RuntimeException itemFailed) {
                        Log.warnf("Review import: item at line %d (%s) was refused by the database: %s",
                                one.item().line(), one.input().url(), itemFailed.toString());
                        error(new LineError(one.item().line(), null, "could not be stored: it conflicts with the "
                                + "stored data (a value too long for its column, or the same URL twice at once)"));
                    }
                }
            }
        }

        private void count(List<ReviewStore.Outcome> outcomes) {
            for (ReviewStore.Outcome outcome : outcomes) {
                switch (outcome) {
                    case LINKED -> linked++;
                    case UNLINKED -> unlinked++;
                    case UNCHANGED -> unchanged++;
                }
            }
        }
    }

    private static void report(List<LineError> list, LineError error) {
        if (list.size() < MAX_REPORTED) {
            list.add(error);
        }
    }

    /** What is stored under a URL, as far as linking cares; {@code manual}: an editor linked or unlinked it. */
    private record Stored(String claim, String claimant, LocalDate claimDate, boolean manual, ReviewLinker.Link link) {

        boolean sameClaim(ReviewInput input) {
            return claim.equals(input.claimReviewed().strip())
                    && Objects.equals(claimant, io.verbatim.importing.Text.clean(input.claimant()))
                    && Objects.equals(claimDate, input.claimDate());
        }
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    Map<String, Stored> stored(List<String> urls) {
        Map<String, Stored> stored = new HashMap<>();
        if (urls.isEmpty()) {
            return stored;
        }
        List<Object[]> rows = entityManager.createQuery("SELECT r.url, r.claimReviewed, r.claimant, r.claimDate,"
                        + " r.statement.id, r.matchKind, r.spanStart, r.spanEnd, r.unlinkedByEditor FROM Review r"
                        + " WHERE r.url IN :urls",
                Object[].class).setParameter("urls", urls).getResultList();
        for (Object[] row : rows) {
            io.verbatim.domain.ReviewMatch match = (io.verbatim.domain.ReviewMatch) row[5];
            UUID statement = (UUID) row[4];
            ReviewLinker.Link link = statement == null || match == null ? null
                    : new ReviewLinker.Link(statement, match, (Integer) row[6], (Integer) row[7]);
            stored.put((String) row[0], new Stored((String) row[1], (String) row[2], (LocalDate) row[3],
                    match == io.verbatim.domain.ReviewMatch.MANUAL || (Boolean) row[8], link));
        }
        return stored;
    }
}
