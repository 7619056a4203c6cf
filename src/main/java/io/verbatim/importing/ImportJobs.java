package io.verbatim.importing;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.agroal.api.AgroalDataSource;
import io.quarkus.logging.Log;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.verbatim.config.VerbatimConfig;
import io.verbatim.domain.RevisionAuthorListener;
import io.verbatim.problem.ProblemException;
import io.verbatim.view.ImportJobView;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Asynchronous imports: the body is spooled to a file, a job row is written ({@code import_job}), and one background
 * thread runs the jobs in turn through the same import path as synchronous imports, writing the job's counts after
 * each batch (at most once a second). A job that a crash or a stop left queued or running is marked failed at the
 * next start, its spool file deleted: sending the body again finishes it (committed lines count as unchanged).
 */
@ApplicationScoped
public class ImportJobs {

    /** How often a running job's counts are written at most. */
    static final long PROGRESS_INTERVAL_MILLIS = 1000;
    static final String INTERRUPTED = "The service stopped while this import was queued or running; lines committed "
            + "before (whole batches, in best-effort mode) count as unchanged when the body is sent again.";

    /** The body's format. */
    public enum Format {
        NDJSON, CSV;

        String value() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    private final AgroalDataSource dataSource;
    private final ImportService importer;
    private final ObjectMapper mapper;
    private final VerbatimConfig config;
    private final ExecutorService runner = Executors.newSingleThreadExecutor(task -> {
        Thread thread = new Thread(task, "verbatim-import-jobs");
        thread.setDaemon(true);
        return thread;
    });

    public ImportJobs(AgroalDataSource dataSource, ImportService importer, ObjectMapper mapper,
                      VerbatimConfig config) {
        this.dataSource = dataSource;
        this.importer = importer;
        this.mapper = mapper;
        this.config = config;
    }

    /** Jobs a crash or a stop interrupted are failed, never left running; their spool files are deleted. */
    void onStart(@Observes StartupEvent event) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement interrupted = connection.prepareStatement("""
                     WITH stale AS (SELECT id, spool_file FROM import_job WHERE state IN ('queued', 'running')
                                    FOR UPDATE)
                     UPDATE import_job j SET state = 'failed', detail = ?, finished_at = now(), updated_at = now(),
                            spool_file = NULL
                     FROM stale WHERE j.id = stale.id
                     RETURNING j.id, stale.spool_file""")) {
            interrupted.setString(1, INTERRUPTED);
            try (ResultSet rows = interrupted.executeQuery()) {
                while (rows.next()) {
                    UUID id = rows.getObject(1, UUID.class);
                    if (rows.getString(2) != null) {
                        Files.deleteIfExists(Path.of(rows.getString(2)));
                    }
                    Log.warnf("Import job %s was interrupted by a stop or a crash: marked failed", id);
                }
            }
        } catch (SQLException | IOException e) {
            Log.errorf("Could not fail the import jobs left by a previous run: %s", e.getMessage());
        }
    }

    void onStop(@Observes ShutdownEvent event) {
        runner.shutdownNow();
    }

    /**
     * Spools {@code body} to disk and queues its import; the job as it stands. A CSV header is checked first (a 400,
     * as for a synchronous import), so that an unknown column never makes a job.
     */
    public ImportJobView submit(InputStream body, ImportMode mode, Format format,
                                RevisionAuthorListener.Author author) {
        UUID id = UUID.randomUUID();
        Path spool = spoolFile(id);
        long bytes;
        try {
            Files.createDirectories(spool.getParent());
            try (OutputStream out = Files.newOutputStream(spool)) {
                bytes = body.transferTo(out);
            }
            if (format == Format.CSV) {
                try (BufferedReader reader = Files.newBufferedReader(spool, StandardCharsets.UTF_8)) {
                    importer.checkCsvHeader(reader);
                }
            }
            insert(id, mode, format, author, spool, bytes);
        } catch (IOException e) {
            deleteQuietly(spool);
            throw new UncheckedIOException(e);
        } catch (RuntimeException e) {
            deleteQuietly(spool);
            throw e;
        }
        runner.execute(() -> run(id, spool, mode, format, author));
        return find(id).orElseThrow();
    }

    /** The job with this id, as it stands. */
    public Optional<ImportJobView> find(UUID id) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement select = connection.prepareStatement("""
                     SELECT id, state, mode, format, lines_read, created, updated, unchanged, failed, errors::text,
                            detail, submitted_at, started_at, finished_at
                     FROM import_job WHERE id = ?""")) {
            select.setObject(1, id);
            try (ResultSet row = select.executeQuery()) {
                if (!row.next()) {
                    return Optional.empty();
                }
                return Optional.of(new ImportJobView(row.getObject(1, UUID.class), row.getString(2),
                        row.getString(3), row.getString(4), row.getLong(5), row.getLong(6), row.getLong(7),
                        row.getLong(8), row.getLong(9), errors(row.getString(10)), row.getString(11),
                        instant(row.getTimestamp(12)), instant(row.getTimestamp(13)),
                        instant(row.getTimestamp(14))));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read import job " + id, e);
        }
    }

    private void run(UUID id, Path spool, ImportMode mode, Format format, RevisionAuthorListener.Author author) {
        Progress progress = new Progress(id);
        try {
            update(id, "UPDATE import_job SET state = 'running', started_at = now(), updated_at = now() WHERE id = ?");
            ImportReport report;
            try (BufferedReader reader = Files.newBufferedReader(spool, StandardCharsets.UTF_8)) {
                long limit = config.importMaxLinesAsync();
                report = RevisionAuthorListener.actingFor(author, () -> format == Format.CSV
                        ? importer.importCsv(reader, mode, progress, limit)
                        : importer.importNdjson(reader, mode, progress, limit));
            }
            boolean rolledBack = mode == ImportMode.ALL_OR_NOTHING && report.failed() > 0;
            finish(id, rolledBack ? "failed" : "succeeded", progress.linesRead, report, rolledBack
                    ? "Nothing was stored: " + report.failed() + " line(s) are invalid (all-or-nothing)." : null);
            Log.infof("Import job %s finished: %d created, %d updated, %d unchanged, %d failed", id,
                    report.created(), report.updated(), report.unchanged(), report.failed());
        } catch (ProblemException e) {
            finish(id, "failed", progress.linesRead, progress.soFar, e.problem().detail());
        } catch (RuntimeException | IOException e) {
            Log.errorf(e, "Import job %s failed", id);
            finish(id, "failed", progress.linesRead, progress.soFar,
                    "The import stopped on an unexpected error after line " + progress.linesRead
                            + "; lines committed before count as unchanged when the body is sent again.");
        } finally {
            deleteQuietly(spool);
        }
    }

    /** Writes a running job's counts, at most once a second, in a transaction of its own. */
    private final class Progress implements ImportProgress {
        private final UUID id;
        private long lastWritten;
        private int errorsWritten;
        long linesRead;
        ImportReport soFar = new ImportReport(0, 0, 0, 0, List.of());

        Progress(UUID id) {
            this.id = id;
        }

        @Override
        public void batchDone(long linesRead, ImportReport report) {
            this.linesRead = linesRead;
            this.soFar = report;
            long now = System.currentTimeMillis();
            if (now - lastWritten < PROGRESS_INTERVAL_MILLIS) {
                return;
            }
            lastWritten = now;
            boolean newErrors = report.errors().size() != errorsWritten;
            errorsWritten = report.errors().size();
            // an all-or-nothing import calls from inside its own transaction: the counts must not wait for it
            QuarkusTransaction.requiringNew().run(() -> counts(id, "running", linesRead, report,
                    newErrors ? report.errors() : null, null, false));
        }
    }

    private void finish(UUID id, String state, long linesRead, ImportReport report, String detail) {
        try {
            counts(id, state, linesRead, report, report.errors(), detail, true);
        } catch (RuntimeException e) {
            Log.errorf(e, "Could not record the end of import job %s", id);
        }
    }

    private void counts(UUID id, String state, long linesRead, ImportReport report,
                        List<ImportReport.LineError> errors, String detail, boolean finished) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement update = connection.prepareStatement("""
                     UPDATE import_job SET state = ?, lines_read = ?, created = ?, updated = ?, unchanged = ?,
                            failed = ?, errors = coalesce(?::jsonb, errors), detail = ?, updated_at = now(),
                            finished_at = CASE WHEN ? THEN now() END,
                            spool_file = CASE WHEN ? THEN NULL ELSE spool_file END
                     WHERE id = ?""")) {
            update.setString(1, state);
            update.setLong(2, linesRead);
            update.setLong(3, report.created());
            update.setLong(4, report.updated());
            update.setLong(5, report.unchanged());
            update.setLong(6, report.failed());
            update.setString(7, errors == null ? null : mapper.writeValueAsString(errors));
            update.setString(8, detail == null ? null : detail.substring(0, Math.min(detail.length(), 1000)));
            update.setBoolean(9, finished);
            update.setBoolean(10, finished);
            update.setObject(11, id);
            update.executeUpdate();
        } catch (SQLException | JsonProcessingException e) {
            throw new IllegalStateException("Could not record the progress of import job " + id, e);
        }
    }

    private void insert(UUID id, ImportMode mode, Format format, RevisionAuthorListener.Author author, Path spool,
                        long bytes) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement insert = connection.prepareStatement("""
                     INSERT INTO import_job (id, state, mode, format, author_name, author_role, spool_file,
                                             body_bytes, submitted_at, updated_at)
                     VALUES (?, 'queued', ?, ?, ?, ?, ?, ?, now(), now())""")) {
            insert.setObject(1, id);
            insert.setString(2, mode == ImportMode.ALL_OR_NOTHING ? "all-or-nothing" : "best-effort");
            insert.setString(3, format.value());
            insert.setString(4, author.name());
            insert.setString(5, author.role());
            insert.setString(6, spool.toString());
            insert.setLong(7, bytes);
            insert.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("Could not record import job " + id, e);
        }
    }

    private void update(UUID id, String sql) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement update = connection.prepareStatement(sql)) {
            update.setObject(1, id);
            update.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("Could not update import job " + id, e);
        }
    }

    private Path spoolFile(UUID id) {
        Path directory = config.importSpoolDir().map(Path::of)
                .orElseGet(() -> Path.of(System.getProperty("java.io.tmpdir"), "verbatim-imports"));
        return directory.resolve(id + ".body");
    }

    private List<ImportReport.LineError> errors(String json) {
        try {
            return mapper.readValue(json, new TypeReference<List<ImportReport.LineError>>() {
            });
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Unreadable errors of an import job", e);
        }
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            Log.warnf("Could not delete the spooled import body %s: %s", file, e.getMessage());
        }
    }
}
