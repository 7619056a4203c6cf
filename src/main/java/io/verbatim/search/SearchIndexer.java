package io.verbatim.search;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.logging.Log;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.verbatim.config.VerbatimConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import javax.sql.DataSource;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Array;
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
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Sends recorded statement changes (search_change) to OpenSearch when VERBATIM_SEARCH_URL is set; docs/opensearch.md.
 * One batch is one transaction: a transaction-level advisory lock keeps one indexer at a time across instances, the
 * document version is drawn before the documents are read (so a later batch carries a later version and a newer
 * snapshot), and the change rows are deleted only once OpenSearch acknowledged their documents: a crash anywhere
 * before the commit sends them again (at-least-once; external versions make the repeat harmless).
 */
@ApplicationScoped
public class SearchIndexer {

    static final String INDEX_SETTINGS = """
            {"settings": {"number_of_shards": 1, "number_of_replicas": 0, "refresh_interval": "1s"},
             "mappings": {"dynamic": "strict", "properties": {
               "id": {"type": "keyword"}, "status": {"type": "keyword"}, "kind": {"type": "keyword"},
               "language": {"type": "keyword"}, "speakerId": {"type": "keyword"}, "topicIds": {"type": "keyword"},
               "sourceIds": {"type": "keyword"}, "outlets": {"type": "keyword"}, "saidOn": {"type": "date"},
               "text": {"type": "text", "analyzer": "english", "fields": {"exact": {"type": "text", "analyzer": "standard"}}},
               "speakerName": {"type": "text", "analyzer": "english"},
               "context": {"type": "text", "analyzer": "english"}}}}
            """;

    private static final String DOCUMENTS = """
            SELECT s.id, json_build_object(
                'id', s.id, 'status', s.status, 'kind', s.kind, 'language', s.language, 'speakerId', s.speaker_id,
                'saidOn', s.said_on, 'text', s.text, 'speakerName', sp.name, 'context', s.context,
                'topicIds', coalesce((SELECT json_agg(t.topic_id) FROM statement_topic t WHERE t.statement_id = s.id), '[]'),
                'sourceIds', coalesce((SELECT json_agg(ss.source_id ORDER BY ss.position) FROM statement_source ss
                                       WHERE ss.statement_id = s.id), '[]'),
                'outlets', coalesce((SELECT json_agg(DISTINCT so.outlet) FROM statement_source ss
                                     JOIN source so ON so.id = ss.source_id WHERE ss.statement_id = s.id), '[]'))::text
            FROM statement s JOIN speaker sp ON sp.id = s.speaker_id WHERE s.id = ANY (?)
            """;

    private final DataSource dataSource;
    private final VerbatimConfig config;
    private final ObjectMapper mapper;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private ScheduledExecutorService executor;

    public SearchIndexer(DataSource dataSource, VerbatimConfig config, ObjectMapper mapper) {
        this.dataSource = dataSource;
        this.config = config;
        this.mapper = mapper;
    }

    void onStart(@Observes StartupEvent event) {
        if (config.search().url().isEmpty()) {
            return;
        }
        executor = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "search-indexer");
            thread.setDaemon(true);
            return thread;
        });
        executor.scheduleWithFixedDelay(this::drain, 0, 200, TimeUnit.MILLISECONDS);
    }

    void onStop(@Observes ShutdownEvent event) {
        if (executor != null) {
            executor.shutdownNow();
        }
    }

    private boolean indexReady;

    private void drain() {
        try {
            if (!indexReady) {
                ensureIndex();
                indexReady = true;
            }
            while (indexBatch() > 0) {
                // until the change record is empty
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (Exception e) {
            Log.warnf("Search indexing paused: %s", e.toString());
        }
    }

    /** Creates the first index behind the alias when there is none. */
    private void ensureIndex() throws IOException, InterruptedException {
        String alias = config.search().index();
        if (send("HEAD", "/_alias/" + alias, null).statusCode() == 200) {
            return;
        }
        String index = alias + "-1";
        HttpResponse<String> created = send("PUT", "/" + index, INDEX_SETTINGS);
        if (created.statusCode() / 100 != 2 && !created.body().contains("resource_already_exists_exception")) {
            throw new IOException("creating " + index + ": " + created.statusCode() + " " + created.body());
        }
        HttpResponse<String> aliased = send("POST", "/_aliases",
                "{\"actions\": [{\"add\": {\"index\": \"" + index + "\", \"alias\": \"" + alias + "\"}}]}");
        if (aliased.statusCode() / 100 != 2) {
            throw new IOException("aliasing " + index + ": " + aliased.statusCode() + " " + aliased.body());
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
        try (PreparedStatement lock = connection.prepareStatement(
                "SELECT pg_try_advisory_xact_lock(hashtext('verbatim-search-indexer'))");
             ResultSet locked = lock.executeQuery()) {
            locked.next();
            if (!locked.getBoolean(1)) {
                return 0;
            }
        }
        Map<UUID, List<Long>> changes = new LinkedHashMap<>();
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT statement_id, array_agg(id) FROM search_change GROUP BY statement_id ORDER BY min(id) LIMIT ?")) {
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
        long version;
        try (PreparedStatement next = connection.prepareStatement("SELECT nextval('search_document_version')");
             ResultSet rows = next.executeQuery()) {
            rows.next();
            version = rows.getLong(1);
        }
        Map<UUID, String> documents = new LinkedHashMap<>();
        try (PreparedStatement select = connection.prepareStatement(DOCUMENTS)) {
            Array ids = connection.createArrayOf("uuid", changes.keySet().toArray());
            select.setArray(1, ids);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    documents.put(rows.getObject(1, UUID.class), rows.getString(2));
                }
            }
        }
        String alias = config.search().index();
        StringBuilder bulk = new StringBuilder();
        List<UUID> order = new ArrayList<>(changes.keySet());
        for (UUID id : order) {
            String document = documents.get(id);
            String action = document == null ? "delete" : "index";
            bulk.append("{\"").append(action).append("\":{\"_index\":\"").append(alias).append("\",\"_id\":\"")
                    .append(id).append("\",\"version\":").append(version).append(",\"version_type\":\"external\"}}\n");
            if (document != null) {
                bulk.append(document).append('\n');
            }
        }
        HttpResponse<String> response = send("POST", "/_bulk", bulk.toString());
        if (response.statusCode() / 100 != 2) {
            throw new IOException("bulk: " + response.statusCode() + " " + response.body());
        }
        JsonNode items = mapper.readTree(response.body()).path("items");
        List<Long> acknowledged = new ArrayList<>();
        Set<String> failures = new HashSet<>();
        for (int i = 0; i < order.size(); i++) {
            JsonNode item = items.path(i).elements().next();
            int status = item.path("status").asInt();
            // 409: a newer version is indexed already; 404: a delete of a document never indexed
            if (status / 100 == 2 || status == 409 || status == 404) {
                acknowledged.addAll(changes.get(order.get(i)));
            } else {
                failures.add(item.path("error").path("type").asText());
            }
        }
        if (!failures.isEmpty()) {
            Log.warnf("Search indexing: %d documents refused (%s), kept for a retry",
                    order.size() - acknowledged.size(), failures);
        }
        try (PreparedStatement delete = connection.prepareStatement("DELETE FROM search_change WHERE id = ANY (?)")) {
            delete.setArray(1, connection.createArrayOf("bigint", acknowledged.toArray()));
            delete.executeUpdate();
        }
        return acknowledged.size();
    }

    private HttpResponse<String> send(String method, String path, String body) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(config.search().url().orElseThrow() + path))
                .timeout(Duration.ofSeconds(30));
        if (body == null) {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            request.method(method, HttpRequest.BodyPublishers.ofString(body))
                    .header("Content-Type", path.equals("/_bulk") ? "application/x-ndjson" : "application/json");
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
