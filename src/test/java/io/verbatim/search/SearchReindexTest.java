package io.verbatim.search;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.verbatim.ApiKeys;
import io.verbatim.TestData;
import io.verbatim.config.VerbatimConfig;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static io.verbatim.ApiKeys.as;
import static io.verbatim.TestData.statement;
import static io.verbatim.TestData.unique;
import static io.verbatim.TestData.uniqueWord;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.startsWith;

/** POST /admin/search/reindex: a new index built from PostgreSQL, the alias moved to it, searches answered throughout. */
@QuarkusTest
@TestProfile(WithOpenSearch.class)
class SearchReindexTest {

    private final HttpClient http = HttpClient.newHttpClient();

    @Inject
    VerbatimConfig config;

    @Inject
    TestData data;

    @Test
    void shouldRebuildTheIndexAndMoveTheAliasWithoutLosingAStatement() throws Exception {
        String word = uniqueWord();
        data.store(statement("Reindexed " + unique(), word + " before the rebuild.", "2020-01-01"));

        String index = ApiKeys.asAdmin().when().post("/api/v1/admin/search/reindex").then().statusCode(202)
                .body("index", startsWith(config.search().index() + "-")).extract().path("index");
        // Written while the new index is being built: the indexer sends it to both
        data.store(statement("Reindexed " + unique(), word + " during the rebuild.", "2020-01-02"));
        given().queryParam("q", word).queryParam("sort", "oldest").when().get("/api/v1/statements").then()
                .statusCode(200).body("total", is(2));

        awaitAlias(index);
        given().queryParam("q", word).queryParam("sort", "oldest").when().get("/api/v1/statements").then()
                .statusCode(200)
                .body("items.text", contains(word + " before the rebuild.", word + " during the rebuild."));
    }

    @Test
    void shouldLetOnlyAdminsReindex() {
        as(ApiKeys.editor()).when().post("/api/v1/admin/search/reindex").then().statusCode(403)
                .contentType("application/problem+json");
        given().when().post("/api/v1/admin/search/reindex").then().statusCode(401);
    }

    /** Waits (at most 60 s) until the alias names the index and only it, its old index deleted. */
    private void awaitAlias(String index) throws Exception {
        String url = config.search().url().orElseThrow() + "/_alias/" + config.search().index();
        String last = "";
        for (int attempt = 0; attempt < 300; attempt++) {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(url)).build(),
                    HttpResponse.BodyHandlers.ofString());
            last = response.body();
            if (response.statusCode() == 200 && last.equals("{\"" + index + "\":{\"aliases\":{\""
                    + config.search().index() + "\":{}}}}")) {
                return;
            }
            Thread.sleep(200);
        }
        assertThat(last).as("the alias after the reindex").isEqualTo(Map.of(index, "only").toString());
    }
}
