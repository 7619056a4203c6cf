package io.verbatim.importing;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.verbatim.background.PollingWorker;
import io.verbatim.config.VerbatimConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Rewrites the stored export arrays (statement_export) of the statements that name a queued topic or source
 * (statement_export_pending, V21), after the rename or edit that queued it has committed, so that curation does not
 * pay for them in its request. For each batch of queue rows:
 * <ol>
 * <li>it waits until every transaction running when it read them has ended: one of them may have written a
 * statement's arrays from the topic's or source's old values before the change committed (a link added while the
 * topic was renamed), and its links must be visible to the next step;</li>
 * <li>it reads the ids of the statements that link the topics (and the children of a renamed one) or cite the
 * sources, in id order through a cursor (constant memory however many), and rewrites their arrays in chunks, each its
 * own short transaction; a chunk locks the rows it rewrites first and computes them in a later statement, so it never
 * overwrites what a concurrent writer of the same statement computed from newer links; rows locked by another writer
 * are skipped and done again once it has ended;</li>
 * <li>it deletes the queue rows it worked off. A crash before that leaves them queued: the rewrite is redone, which
 * is harmless. A rename that comes meanwhile queues a row of its own, done in the next batch.</li>
 * </ol>
 * Until then the export builds the covered statements' arrays from the live tables ({@link ExportService}), so a
 * queued row never makes it serve a stale line. One instance's worker drains at a time (an advisory lock).
 */
@ApplicationScoped
public class ExportRefresher {

    private static final int QUEUE_BATCH = 100;
    private static final String LOCK = "SELECT pg_try_advisory_xact_lock(hashtext('verbatim-export-refresher'))";

    private static final String TOPIC_STATEMENTS = """
            SELECT DISTINCT st.statement_id FROM statement_topic st
            WHERE st.topic_id IN (SELECT unnest(?::uuid[]) UNION SELECT t.id FROM topic t WHERE t.parent_id = ANY(?::uuid[]))
            ORDER BY 1""";

    private static final String SOURCE_STATEMENTS = """
            SELECT DISTINCT ss.statement_id FROM statement_source ss WHERE ss.source_id = ANY(?::uuid[]) ORDER BY 1""";

    private final DataSource dataSource;
    private final VerbatimConfig config;
    private final PollingWorker worker;

    public ExportRefresher(DataSource dataSource, VerbatimConfig config) {
        this.dataSource = dataSource;
        this.config = config;
        this.worker = new PollingWorker("export-refresher", "Export array refresh", config.export().refreshPoll(),
                this::drainNow);
    }

    void onStart(@Observes StartupEvent event) {
        worker.start(config.export().refreshPoll());
    }

    void onStop(@Observes ShutdownEvent event) {
        worker.stop();
    }

    /** Stops working off the queue once the batch under way is done; rewrites keep being queued (and the export exact). */
    public void suspend() {
        worker.suspend();
    }

    public void resume() {
        worker.resume();
    }

    /**
     * Works off every queued rewrite; answers how many queue rows it deleted. One caller at a time, and one instance:
     * a transaction-level advisory lock, held by a transaction left open on its own connection for the whole drain
     * (released with it, or when the connection is lost), keeps other instances' workers out meanwhile.
     */
    public synchronized int drainNow() throws SQLException, InterruptedException {
        try (Connection guard = dataSource.getConnection()) {
            guard.setAutoCommit(false);
            try {
                if (!locked(guard)) {
                    return 0;
                }
                return drainLocked();
            } finally {
                guard.rollback();
            }
        }
    }

    private int drainLocked() throws SQLException, InterruptedException {
        int done = 0;
        while (true) {
            List<Long> entries = new ArrayList<>();
            Set<UUID> topics = new HashSet<>();
            Set<UUID> parents = new HashSet<>();
            Set<UUID> sources = new HashSet<>();
            String running;
            try (Connection connection = dataSource.getConnection()) {
                try (PreparedStatement select = connection.prepareStatement(
                        "SELECT id, topic_id, with_children, source_id FROM statement_export_pending ORDER BY id LIMIT ?")) {
                    select.setInt(1, QUEUE_BATCH);
                    try (ResultSet rows = select.executeQuery()) {
                        while (rows.next()) {
                            entries.add(rows.getLong(1));
                            UUID topic = rows.getObject(2, UUID.class);
                            if (topic != null) {
                                topics.add(topic);
                                if (rows.getBoolean(3)) {
                                    parents.add(topic);
                                }
                            } else {
                                sources.add(rows.getObject(4, UUID.class));
                            }
                        }
                    }
                }
                if (entries.isEmpty()) {
                    return done;
                }
                running = single(connection, "SELECT pg_current_snapshot()::text");
                awaitEnded(connection, running);
            }
            if (!topics.isEmpty()) {
                rewrite(TOPIC_STATEMENTS, true, topics.toArray(UUID[]::new), parents.toArray(UUID[]::new));
            }
            if (!sources.isEmpty()) {
                rewrite(SOURCE_STATEMENTS, false, sources.toArray(UUID[]::new));
            }
            try (Connection connection = dataSource.getConnection();
                 PreparedStatement delete = connection.prepareStatement(
                         "DELETE FROM statement_export_pending WHERE id = ANY (?)")) {
                delete.setArray(1, connection.createArrayOf("bigint", entries.toArray()));
                delete.executeUpdate();
            }
            done += entries.size();
        }
    }

    /** Waits until no transaction in progress in the snapshot {@code running} still is. */
    private void awaitEnded(Connection connection, String running) throws SQLException, InterruptedException {
        try (PreparedStatement check = connection.prepareStatement(
                "SELECT count(*) FROM pg_snapshot_xip(?::pg_snapshot) x WHERE pg_xact_status(x) = 'in progress'")) {
            check.setString(1, running);
            while (true) {
                try (ResultSet row = check.executeQuery()) {
                    row.next();
                    if (row.getLong(1) == 0) {
                        return;
                    }
                }
                Thread.sleep(config.export().refreshPoll().toMillis());
            }
        }
    }

    /**
     * Rewrites the topics (or sources) array of every statement {@code statements} finds, in chunks; the statements
     * skipped because another transaction held their row are done again until none is left.
     */
    private void rewrite(String statements, boolean topics, UUID[]... ids) throws SQLException, InterruptedException {
        int chunk = config.export().refreshChunk();
        List<UUID> skipped = new ArrayList<>();
        try (Connection reader = dataSource.getConnection();
             Connection writer = dataSource.getConnection()) {
            reader.setAutoCommit(false);
            writer.setAutoCommit(false);
            try (PreparedStatement select = reader.prepareStatement(statements)) {
                for (int i = 0; i < ids.length; i++) {
                    select.setArray(i + 1, reader.createArrayOf("uuid", ids[i]));
                }
                select.setFetchSize(chunk);
                try (ResultSet rows = select.executeQuery()) {
                    List<UUID> batch = new ArrayList<>(chunk);
                    while (rows.next()) {
                        batch.add(rows.getObject(1, UUID.class));
                        if (batch.size() == chunk) {
                            skipped.addAll(rewriteChunk(writer, batch, topics));
                            batch.clear();
                        }
                    }
                    if (!batch.isEmpty()) {
                        skipped.addAll(rewriteChunk(writer, batch, topics));
                    }
                }
            } finally {
                reader.rollback();
            }
            while (!skipped.isEmpty()) {
                Thread.sleep(config.export().refreshPoll().toMillis());
                List<UUID> again = new ArrayList<>(skipped);
                skipped.clear();
                for (int from = 0; from < again.size(); from += chunk) {
                    skipped.addAll(rewriteChunk(writer, again.subList(from, Math.min(again.size(), from + chunk)),
                            topics));
                }
            }
        }
    }

    /**
     * One short transaction: locks the chunk's rows that no one else holds, rewrites them from what is committed once
     * they are locked, and answers the statements whose row another transaction held (a statement without a row has
     * been deleted: nothing to do).
     */
    private static List<UUID> rewriteChunk(Connection writer, List<UUID> chunk, boolean topics) throws SQLException {
        try {
            UUID[] ids = chunk.toArray(UUID[]::new);
            List<UUID> locked = new ArrayList<>(chunk.size());
            try (PreparedStatement lock = writer.prepareStatement("SELECT statement_id FROM statement_export"
                    + " WHERE statement_id = ANY (?) ORDER BY statement_id FOR UPDATE SKIP LOCKED")) {
                lock.setArray(1, writer.createArrayOf("uuid", ids));
                try (ResultSet rows = lock.executeQuery()) {
                    while (rows.next()) {
                        locked.add(rows.getObject(1, UUID.class));
                    }
                }
            }
            try (PreparedStatement refresh = writer.prepareStatement(
                    "SELECT verbatim_export_refresh(?::uuid[], ?, ?)")) {
                refresh.setArray(1, writer.createArrayOf("uuid", locked.toArray()));
                refresh.setBoolean(2, topics);
                refresh.setBoolean(3, !topics);
                refresh.execute();
            }
            List<UUID> skipped = new ArrayList<>();
            if (locked.size() < ids.length) {
                Set<UUID> done = new HashSet<>(locked);
                List<UUID> rest = chunk.stream().filter(id -> !done.contains(id)).toList();
                try (PreparedStatement held = writer.prepareStatement(
                        "SELECT statement_id FROM statement_export WHERE statement_id = ANY (?)")) {
                    held.setArray(1, writer.createArrayOf("uuid", rest.toArray()));
                    try (ResultSet rows = held.executeQuery()) {
                        while (rows.next()) {
                            skipped.add(rows.getObject(1, UUID.class));
                        }
                    }
                }
            }
            writer.commit();
            return skipped;
        } catch (SQLException | RuntimeException e) {
            writer.rollback();
            throw e;
        }
    }

    private static boolean locked(Connection connection) throws SQLException {
        try (PreparedStatement lock = connection.prepareStatement(LOCK); ResultSet row = lock.executeQuery()) {
            row.next();
            return row.getBoolean(1);
        }
    }

    private static String single(Connection connection, String sql) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql); ResultSet row = statement.executeQuery()) {
            row.next();
            return row.getString(1);
        }
    }
}
