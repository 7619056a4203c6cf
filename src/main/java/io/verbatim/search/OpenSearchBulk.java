package io.verbatim.search;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.logging.Log;

import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/** Statement documents sent to one index in a _bulk request with an external version. */
final class OpenSearchBulk {

    private final OpenSearchClient client;
    private final ObjectMapper mapper;

    OpenSearchBulk(OpenSearchClient client, ObjectMapper mapper) {
        this.client = client;
        this.mapper = mapper;
    }

    static long nextVersion(Connection connection) throws SQLException {
        try (PreparedStatement next = connection.prepareStatement("SELECT nextval('search_document_version')");
             ResultSet rows = next.executeQuery()) {
            rows.next();
            return rows.getLong(1);
        }
    }

    /** The documents the query ({@link SearchIndexMapping#DOCUMENTS} narrowed) builds, by statement id, in its order. */
    static Map<UUID, String> documents(Connection connection, Sql query) throws SQLException {
        Map<UUID, String> documents = new LinkedHashMap<>();
        try (PreparedStatement select = query.prepare(connection); ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                documents.put(rows.getObject(1, UUID.class), rows.getString(2));
            }
        }
        return documents;
    }

    /**
     * Indexes the document of each id (a delete where there is none) in {@code index} at {@code version}; answers
     * the ids OpenSearch took (409: a newer version is there already; 404: a delete of a document never indexed).
     */
    List<UUID> send(String index, List<UUID> ids, Map<UUID, String> documents, long version)
            throws IOException, InterruptedException {
        StringBuilder body = new StringBuilder();
        for (UUID id : ids) {
            String document = documents.get(id);
            body.append("{\"").append(document == null ? "delete" : "index").append("\":{\"_index\":\"").append(index)
                    .append("\",\"_id\":\"").append(id).append("\",\"version\":").append(version)
                    .append(",\"version_type\":\"external\"}}\n");
            if (document != null) {
                body.append(document).append('\n');
            }
        }
        JsonNode items = mapper.readTree(client.expectOk("POST", "/_bulk", body.toString())).path("items");
        List<UUID> accepted = new ArrayList<>();
        Set<String> failures = new LinkedHashSet<>();
        for (int i = 0; i < ids.size(); i++) {
            JsonNode item = items.path(i).elements().next();
            int status = item.path("status").asInt();
            if (status / 100 == 2 || status == 409 || status == 404) {
                accepted.add(ids.get(i));
            } else {
                failures.add(item.path("error").path("type").asText() + ": " + item.path("error").path("reason").asText());
            }
        }
        if (!failures.isEmpty()) {
            Log.warnf("Search indexing: %d documents refused by %s (%s), kept for a retry",
                    ids.size() - accepted.size(), index, failures);
        }
        return accepted;
    }
}
