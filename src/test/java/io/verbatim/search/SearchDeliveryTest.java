package io.verbatim.search;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import io.verbatim.ApiKeys;
import io.verbatim.DatabaseCounts;
import io.verbatim.config.VerbatimConfig;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.verbatim.ApiKeys.as;
import static io.verbatim.TestData.unique;
import static io.verbatim.TestData.uniqueWord;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * At-least-once delivery from the change record: what is committed while no indexer sends (a service killed between
 * commit and indexing) reaches the index once one runs again, and a change sent twice (its acknowledgement lost in a
 * crash after the _bulk) leaves the same document, at a newer version.
 */
@QuarkusTest
@TestProfile(WithOpenSearch.class)
class SearchDeliveryTest {

    private final HttpClient http = HttpClient.newHttpClient();

    @Inject
    SearchIndexer indexer;

    @Inject
    AgroalDataSource dataSource;

    @Inject
    DatabaseCounts database;

    @Inject
    VerbatimConfig config;

    @Test
    void shouldDeliverChangesCommittedWhileNoIndexerRanOnceOneRunsAgain() throws Exception {
        indexer.drainNow();
        indexer.suspend();
        String id;
        try {
            id = create(uniqueWord() + " said while the indexer was down.");
            assertThat(pendingChanges(id)).isPositive();
            assertThat(document(id).statusCode()).isEqualTo(404);
        } finally {
            indexer.resume();
        }
        HttpResponse<String> indexed = document(id);
        for (int attempt = 0; attempt < 150 && indexed.statusCode() != 200; attempt++) {
            Thread.sleep(200);
            indexed = document(id);
        }
        assertThat(indexed.statusCode()).as("indexed after the indexer came back").isEqualTo(200);
        assertThat(JsonPath.from(indexed.body()).getString("_source.status")).isEqualTo("PUBLISHED");
        // The batch deletes its change rows in the transaction it commits after the _bulk: a moment later
        for (int attempt = 0; attempt < 50 && pendingChanges(id) > 0; attempt++) {
            Thread.sleep(100);
        }
        assertThat(pendingChanges(id)).isZero();
    }

    @Test
    void shouldSendAChangeAgainHarmlesslyWhenItsAcknowledgementWasLost() throws Exception {
        String text = uniqueWord() + " said once, indexed twice.";
        String id = create(text);
        indexer.drainNow();
        JsonPath first = JsonPath.from(document(id).body());

        // The row a crash between the _bulk and the commit leaves behind
        try (Connection connection = dataSource.getConnection();
             PreparedStatement insert = connection.prepareStatement("INSERT INTO search_change (statement_id) VALUES (?)")) {
            insert.setObject(1, UUID.fromString(id));
            insert.executeUpdate();
        }
        indexer.drainNow();

        JsonPath second = JsonPath.from(document(id).body());
        assertThat(second.getLong("_version")).isGreaterThan(first.getLong("_version"));
        assertThat(second.getMap("_source")).isEqualTo(first.getMap("_source"));
        assertThat(second.getString("_source.search.english.text")).isEqualTo(text);
        assertThat(pendingChanges(id)).isZero();
    }

    private String create(String text) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("text", text);
        body.put("kind", "DIRECT");
        body.put("speaker", new LinkedHashMap<>(Map.of("name", "Delivered " + unique(), "kind", "PERSON")));
        body.put("saidOn", "2022-02-02");
        body.put("sources", List.of(Map.of("url", "https://news.example.org/" + unique(), "outlet", "Example News")));
        return as(ApiKeys.editor()).contentType("application/json").body(body)
                .when().post("/api/v1/statements").then().statusCode(201).extract().path("id");
    }

    /** The document as OpenSearch holds it now (a real-time get: no refresh needed). */
    private HttpResponse<String> document(String id) throws Exception {
        URI uri = URI.create(config.search().url().orElseThrow() + "/" + config.search().index() + "/_doc/" + id);
        return http.send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.ofString());
    }

    private long pendingChanges(String id) throws Exception {
        return database.count("SELECT count(*) FROM search_change WHERE statement_id = ?", UUID.fromString(id));
    }
}
