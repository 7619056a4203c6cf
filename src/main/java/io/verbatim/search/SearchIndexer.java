package io.verbatim.search;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.verbatim.background.PollingWorker;
import io.verbatim.config.VerbatimConfig;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import javax.sql.DataSource;
import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Sends recorded statement changes (search_change) to OpenSearch when VERBATIM_SEARCH_URL is set; docs/opensearch.md.
 * One batch is one transaction: a transaction-level advisory lock keeps one indexer at a time across instances, the
 * document version is drawn before the documents are read (so a later batch carries a later version and a newer
 * snapshot), and the change rows are deleted only once OpenSearch acknowledged their documents: a crash anywhere
 * before the commit sends them again (at-least-once; external versions make the repeat harmless). Documents go to the
 * live index and, while a reindex builds one, to the new index too.
 */
@ApplicationScoped
public class SearchIndexer {

    private final ReentrantLock catchingUp = new ReentrantLock();

    static final String LOCK = "SELECT pg_try_advisory_xact_lock(hashtext('verbatim-search-indexer'))";

    private final DataSource dataSource;
    private final VerbatimConfig config;
    private final OpenSearchBulk bulk;
    private final OpenSearchClient client;
    private final SearchReindexer reindexer;
    private final SharedPointInTime pointInTime;
    /** Documents were acknowledged since the last read-after-write refresh: the shared point in time is behind. */
    private final AtomicBoolean sentSinceRefresh = new AtomicBoolean(true);
    private final PollingWorker worker;

    public SearchIndexer(DataSource dataSource, VerbatimConfig config, ObjectMapper mapper, OpenSearchClient client,
                         SearchReindexer reindexer, SharedPointInTime pointInTime) {
        this.dataSource = dataSource;
        this.config = config;
        this.bulk = new OpenSearchBulk(client, mapper);
        this.client = client;
        this.reindexer = reindexer;
        this.pointInTime = pointInTime;
        this.worker = new PollingWorker("search-indexer", "Search indexing", config.search().poll(), this::drainNow);
    }

    void onStart(@Observes @Priority(20) StartupEvent event) {
        if (config.search().url().isEmpty()) {
            return;
        }
        reindexer.startIfDue();
        worker.start(Duration.ZERO);
    }

    void onStop(@Observes ShutdownEvent event) {
        worker.stop();
    }

    /**
     * Stops sending changes once the batch under way is done (they keep accumulating in search_change), e.g. while
     * OpenSearch is maintained.
     */
    public void suspend() {
        worker.suspend();
    }

    /** Sends again, starting with everything recorded meanwhile. */
    public void resume() {
        worker.resume();
    }

    /** Sends every pending change, one batch after the other; one caller at a time in this instance. */
    public synchronized void drainNow() throws SQLException, IOException, InterruptedException {
        while (indexBatch() > 0) {
            // until the change record is empty
        }
    }

    /**
     * Read-after-write (verbatim.search.read-after-write): waits for a running reindex, sends what is pending and
     * refreshes the index, so that a search sees every change committed before it.
     */
    void catchUp() throws SQLException, IOException, InterruptedException {
        // One catch-up at a time: a search that found nothing left to send must not refresh, and read through the
        // shared point in time, while another search's documents are still on their way (it would see the index
        // without them, and the point in time would not be renewed for them).
        catchingUp.lock();
        try {
            catchUpAlone();
        } finally {
            catchingUp.unlock();
        }
    }

    private void catchUpAlone() throws SQLException, IOException, InterruptedException {
        reindexer.awaitRunning();
        drainNow();
        boolean sent = sentSinceRefresh.getAndSet(false);
        try {
            client.expectOk("POST", "/" + config.search().index() + "/_refresh", null);
        } catch (IOException | RuntimeException e) {
            sentSinceRefresh.compareAndSet(false, sent);
            throw e;
        }
        if (sent) {
            pointInTime.refreshed();
        }
    }

    /** Sends one batch of changes; answers how many change rows it acknowledged. */
    int indexBatch() throws SQLException, IOException, InterruptedException {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try {
                int done = indexBatch(connection);
                connection.commit();
                return done;
            } catch (SQLException | IOException | InterruptedException | RuntimeException e) {
                connection.rollback();
                throw e;
            }
        }
    }

    private int indexBatch(Connection connection) throws SQLException, IOException, InterruptedException {
        if (!locked(connection)) {
            return 0;
        }
        List<String> targets = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement("SELECT live_index, building_index FROM search_indexing");
             ResultSet row = select.executeQuery()) {
            row.next();
            for (int i = 1; i <= 2; i++) {
                if (row.getString(i) != null) {
                    targets.add(row.getString(i));
                }
            }
        }
        if (targets.isEmpty()) {
            return 0; // no index yet: the changes wait for the first reindex to have somewhere to go
        }
        Map<UUID, List<Long>> changes = new LinkedHashMap<>();
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT statement_id, array_agg(id) FROM search_change WHERE retry_at IS NULL OR retry_at <= now()"
                        + " GROUP BY statement_id ORDER BY min(id) LIMIT ?")) {
            select.setInt(1, config.search().batchSize());
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    Long[] ids = (Long[]) rows.getArray(2).getArray();
                    changes.put(rows.getObject(1, UUID.class), List.of(ids));
                }
            }
        }
        if (changes.isEmpty()) {
            return 0;
        }
        long version = OpenSearchBulk.nextVersion(connection);
        Map<UUID, String> documents = OpenSearchBulk.documents(connection,
                new Sql().append(SearchIndexMapping.DOCUMENTS + " WHERE s.id = ANY (?)",
                        (Object) changes.keySet().toArray(UUID[]::new)));
        List<UUID> ids = new ArrayList<>(changes.keySet());
        List<Long> acknowledged = new ArrayList<>();
        Set<UUID> accepted = new HashSet<>(ids);
        for (String index : targets) {
            accepted.retainAll(bulk.send(index, ids, documents, version));
        }
        accepted.forEach(id -> acknowledged.addAll(changes.get(id)));
        if (!accepted.isEmpty()) {
            sentSinceRefresh.set(true);
        }
        try (PreparedStatement delete = connection.prepareStatement("DELETE FROM search_change WHERE id = ANY (?)")) {
            delete.setArray(1, connection.createArrayOf("bigint", acknowledged.toArray()));
            delete.executeUpdate();
        }
        List<Long> refused = new ArrayList<>();
        changes.forEach((id, rows) -> {
            if (!accepted.contains(id)) {
                refused.addAll(rows);
            }
        });
        if (!refused.isEmpty()) {
            // 1 s, 2 s, 4 s ... at most an hour between attempts; the rest of the record goes on meanwhile
            try (PreparedStatement later = connection.prepareStatement("UPDATE search_change SET attempts = attempts + 1,"
                    + " retry_at = now() + make_interval(secs => least(3600, power(2, least(attempts, 12))))"
                    + " WHERE id = ANY (?)")) {
                later.setArray(1, connection.createArrayOf("bigint", refused.toArray()));
                later.executeUpdate();
            }
        }
        // Rows put off count as handled for this drain: it goes on with the rest and stops when nothing is due
        return acknowledged.size() + refused.size();
    }

    static boolean locked(Connection connection) throws SQLException {
        try (PreparedStatement lock = connection.prepareStatement(LOCK); ResultSet locked = lock.executeQuery()) {
            locked.next();
            return locked.getBoolean(1);
        }
    }
}
