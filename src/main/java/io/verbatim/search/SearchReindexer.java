package io.verbatim.search;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.logging.Log;
import io.verbatim.config.VerbatimConfig;
import jakarta.enterprise.context.ApplicationScoped;

import javax.sql.DataSource;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;

/**
 * Rebuilds the OpenSearch index from PostgreSQL without downtime (docs/opensearch.md): a new concrete index is
 * created and named in search_indexing.building_index (under the indexer's lock, so that from then on every indexer
 * batch writes there too), filled by id keyset with versions from the indexer's sequence (newest snapshot wins,
 * whichever writes last), then the alias moves to it in one _aliases call and the old index is deleted. Searches
 * keep going to the old index meanwhile. Runs at start when the index is missing, stale or of an older mapping.
 */
@ApplicationScoped
public class SearchReindexer {

    private static final DateTimeFormatter SUFFIX = DateTimeFormatter.ofPattern("yyyyMMddHHmmssSSS");

    private final DataSource dataSource;
    private final VerbatimConfig config;
    private final OpenSearchClient client;
    private final ObjectMapper mapper;
    private final OpenSearchBulk bulk;
    private final SharedPointInTime pointInTime;
    private CompletableFuture<String> running;
    private String building;

    public SearchReindexer(DataSource dataSource, VerbatimConfig config, OpenSearchClient client, ObjectMapper mapper,
                           SharedPointInTime pointInTime) {
        this.dataSource = dataSource;
        this.config = config;
        this.client = client;
        this.mapper = mapper;
        this.bulk = new OpenSearchBulk(client, mapper);
        this.pointInTime = pointInTime;
    }

    /** Whether an engine is configured to reindex. */
    public boolean configured() {
        return config.search().url().isPresent();
    }

    /** The index a reindex running in this instance builds. */
    public synchronized Optional<String> running() {
        return running != null && !running.isDone() ? Optional.of(building) : Optional.empty();
    }

    /** Starts a reindex in the background and answers the index it builds; empty when one runs already. */
    public synchronized Optional<String> start() {
        if (running().isPresent()) {
            return Optional.empty();
        }
        String index = config.search().index() + "-" + LocalDateTime.now(ZoneOffset.UTC).format(SUFFIX);
        building = index;
        running = CompletableFuture.supplyAsync(() -> {
            try {
                rebuild(index);
                return index;
            } catch (Exception e) {
                Log.errorf(e, "Search reindex into %s failed", index);
                abandon(index);
                throw new IllegalStateException(e);
            }
        }, runnable -> {
            Thread thread = new Thread(runnable, "search-reindex");
            thread.setDaemon(true);
            thread.start();
        });
        return Optional.of(index);
    }

    /** At start: a reindex when the change record says changes went unrecorded, or the index is missing or older. */
    void startIfDue() {
        try {
            Optional<String> reason = dueBecause();
            if (reason.isPresent()) {
                Log.infof("Search index rebuilt from PostgreSQL: %s", reason.get());
                start();
            }
        } catch (Exception e) {
            Log.warnf("Could not check the search index (%s); reindex with POST /api/v1/admin/search/reindex", e.toString());
        }
    }

    private Optional<String> dueBecause() throws SQLException, IOException, InterruptedException {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement select = connection.prepareStatement("SELECT stale, live_index FROM search_indexing");
             ResultSet row = select.executeQuery()) {
            row.next();
            if (row.getBoolean(1)) {
                return Optional.of("changes went unrecorded while indexing was off");
            }
            if (row.getString(2) == null) {
                return Optional.of("no index yet");
            }
        }
        HttpResponse<String> mapping = client.send("GET", "/" + config.search().index() + "/_mapping", null);
        if (mapping.statusCode() == 404) {
            return Optional.of("the alias " + config.search().index() + " is missing");
        }
        Iterator<JsonNode> indexes = mapper.readTree(mapping.body()).elements();
        int version = indexes.hasNext() ? indexes.next().path("mappings").path("_meta").path("verbatimMapping").asInt() : 0;
        return version == SearchIndexMapping.VERSION ? Optional.empty()
                : Optional.of("the index has mapping version " + version + ", this service writes " + SearchIndexMapping.VERSION);
    }

    /** Waits for the reindex running in this instance, if any (read-after-write searches). */
    void awaitRunning() throws InterruptedException {
        CompletableFuture<String> current;
        synchronized (this) {
            current = running;
        }
        if (current != null) {
            try {
                current.get();
            } catch (ExecutionException failed) {
                // logged where it failed; the search then uses whatever index the alias names
            }
        }
    }

    private void rebuild(String index) throws SQLException, IOException, InterruptedException {
        long started = System.nanoTime();
        client.expectOk("PUT", "/" + index, SearchIndexMapping.settingsAndMappings());
        underIndexerLock("UPDATE search_indexing SET building_index = ?, stale = false", index);
        long count = 0;
        UUID last = null;
        while (true) {
            List<UUID> ids;
            Map<UUID, String> documents;
            long version;
            try (Connection connection = dataSource.getConnection()) {
                version = OpenSearchBulk.nextVersion(connection);
                Sql page = new Sql().append(SearchIndexMapping.DOCUMENTS);
                if (last != null) {
                    page.append(" WHERE s.id > ?", last);
                }
                documents = OpenSearchBulk.documents(connection,
                        page.append(" ORDER BY s.id LIMIT ?", config.search().reindexBatchSize()));
            }
            if (documents.isEmpty()) {
                break;
            }
            ids = new ArrayList<>(documents.keySet());
            List<UUID> accepted = bulk.send(index, ids, documents, version);
            if (accepted.size() < ids.size()) {
                throw new IOException((ids.size() - accepted.size()) + " documents refused by " + index);
            }
            count += ids.size();
            last = ids.get(ids.size() - 1);
        }
        swap(index);
        Log.infof("Search index %s built from %d statements in %d ms and made live", index, count,
                (System.nanoTime() - started) / 1_000_000);
    }

    /** Moves the alias to the new index in one call, records it as live, then deletes the indexes it left. */
    private void swap(String index) throws SQLException, IOException, InterruptedException {
        String alias = config.search().index();
        List<String> previous = new ArrayList<>();
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try {
                lockIndexer(connection);
                HttpResponse<String> current = client.send("GET", "/_alias/" + alias, null);
                if (current.statusCode() == 200) {
                    mapper.readTree(current.body()).fieldNames().forEachRemaining(previous::add);
                }
                StringBuilder actions = new StringBuilder("{\"actions\": [");
                for (String old : previous) {
                    actions.append("{\"remove\": {\"index\": \"").append(old).append("\", \"alias\": \"").append(alias).append("\"}}, ");
                }
                actions.append("{\"add\": {\"index\": \"").append(index).append("\", \"alias\": \"").append(alias).append("\"}}]}");
                client.expectOk("POST", "/_aliases", actions.toString());
                try (PreparedStatement update = connection.prepareStatement(
                        "UPDATE search_indexing SET live_index = ?, building_index = NULL")) {
                    update.setString(1, index);
                    update.executeUpdate();
                }
                connection.commit();
            } catch (SQLException | IOException | InterruptedException | RuntimeException e) {
                connection.rollback();
                throw e;
            }
        }
        pointInTime.refreshed();
        for (String old : previous) {
            if (!old.equals(index)) {
                client.send("DELETE", "/" + old, null);
            }
        }
    }

    /** After a failure: the indexer stops writing to the half-built index, which is deleted; a later start retries. */
    private void abandon(String index) {
        try {
            underIndexerLock("UPDATE search_indexing SET building_index = NULL, stale = true WHERE building_index = ?", index);
            client.send("DELETE", "/" + index, null);
        } catch (Exception e) {
            Log.warnf("Could not clean up after the failed reindex into %s: %s", index, e.toString());
        }
    }

    private void underIndexerLock(String update, String index) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try {
                lockIndexer(connection);
                try (PreparedStatement statement = connection.prepareStatement(update)) {
                    statement.setString(1, index);
                    statement.executeUpdate();
                }
                connection.commit();
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            }
        }
    }

    /** Waits until no indexer batch runs, and keeps them out until the transaction ends. */
    private static void lockIndexer(Connection connection) throws SQLException {
        try (PreparedStatement lock = connection.prepareStatement(
                "SELECT pg_advisory_xact_lock(hashtext('verbatim-search-indexer'))")) {
            lock.execute();
        }
    }
}
