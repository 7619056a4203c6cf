package io.verbatim.search;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.verbatim.ApiKeys;
import io.verbatim.DatabaseCounts;
import io.verbatim.TestData;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.verbatim.ApiKeys.as;
import static io.verbatim.TestData.statement;
import static io.verbatim.TestData.unique;
import static org.assertj.core.api.Assertions.assertThat;

/** The change record for an external search engine: written with every statement change when on, never when off. */
@QuarkusTest
class SearchChangeTest {

    private static final String STATEMENTS = "/api/v1/statements";

    @Inject
    AgroalDataSource dataSource;

    @Inject
    DatabaseCounts database;

    @Inject
    SearchIndexingSwitch indexing;

    @Inject
    TestData data;

    @AfterEach
    void off() {
        indexing.apply(false);
    }

    @Test
    void shouldRefuseAReindexWithoutASearchEngine() {
        ApiKeys.asAdmin().when().post("/api/v1/admin/search/reindex").then().statusCode(409)
                .contentType("application/problem+json")
                .body("detail", org.hamcrest.Matchers.containsString("VERBATIM_SEARCH_URL"));
    }

    @Test
    void shouldRecordNothingWithoutASearchEngine() throws SQLException {
        assertThat(flag("enabled")).isFalse();
        String id = create("Unindexed " + unique());
        as(ApiKeys.editor()).contentType("application/json").body(Map.of("reason", "Test."))
                .when().delete(STATEMENTS + "/" + id).then().statusCode(200);
        data.store(statement("Imported unindexed " + unique(), "Nothing to index.", "2020-01-02"));

        assertThat(database.count("SELECT count(*) FROM search_change")).isZero();
    }

    @Test
    void shouldRecordCreatesRetractionsImportsAndRenamesWhenOn() throws SQLException {
        indexing.apply(true);
        assertThat(flag("enabled")).isTrue();
        String speaker = "Indexed " + unique();
        String id = create(speaker);
        long afterCreate = changes(id);
        assertThat(afterCreate).isPositive();

        as(ApiKeys.editor()).contentType("application/json").body(Map.of("reason", "Test."))
                .when().delete(STATEMENTS + "/" + id).then().statusCode(200);
        assertThat(changes(id)).isGreaterThan(afterCreate);

        String externalId = "search-change-" + unique();
        data.store(statement("Imported " + unique(), "An imported statement to index.", "2020-01-02")
                .with("externalId", externalId));
        assertThat(database.count("SELECT count(*) FROM search_change c JOIN statement s ON s.id = c.statement_id"
                + " WHERE s.external_id = ?", externalId)).isPositive();

        // A speaker rename changes the documents of all their statements
        long beforeRename = changes(id);
        try (Connection connection = dataSource.getConnection();
             PreparedStatement update = connection.prepareStatement(
                     "UPDATE speaker SET name = name || ' Jr' WHERE id = (SELECT speaker_id FROM statement WHERE id = ?)")) {
            update.setObject(1, UUID.fromString(id));
            assertThat(update.executeUpdate()).isEqualTo(1);
        }
        assertThat(changes(id)).isGreaterThan(beforeRename);

        indexing.apply(false);
        assertThat(flag("enabled")).isFalse();
        assertThat(database.count("SELECT count(*) FROM search_change")).isZero();
    }

    private static String create(String speaker) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("text", "We will index it.");
        body.put("kind", "DIRECT");
        body.put("speaker", new LinkedHashMap<>(Map.of("name", speaker, "kind", "PERSON")));
        body.put("saidOn", "2021-04-05");
        body.put("sources", List.of(Map.of("url", "https://news.example.org/" + unique(), "outlet", "Example News")));
        return as(ApiKeys.editor()).contentType("application/json").body(body)
                .when().post(STATEMENTS).then().statusCode(201).extract().path("id");
    }

    private long changes(String statementId) throws SQLException {
        return database.count("SELECT count(*) FROM search_change WHERE statement_id = ?",
                UUID.fromString(statementId));
    }

    private boolean flag(String column) throws SQLException {
        return database.count("SELECT CASE WHEN " + column + " THEN 1 ELSE 0 END FROM search_indexing") == 1;
    }
}
