package io.verbatim.importing;

import io.quarkus.test.junit.QuarkusTest;
import io.verbatim.ApiKeys;
import io.verbatim.DatabaseCounts;
import io.verbatim.TestData;
import io.verbatim.domain.Slugs;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.util.List;

import static io.restassured.RestAssured.given;
import static io.verbatim.ApiKeys.as;
import static io.verbatim.TestData.source;
import static io.verbatim.TestData.statement;
import static io.verbatim.TestData.topic;
import static io.verbatim.TestData.unique;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;

/**
 * The set-wise parts of an import: new statements written by SQL with their history, and unchanged lines skipped by
 * SQL, with exactly the outcomes of the line-by-line path.
 */
@QuarkusTest
class SetWiseImportTest {

    /** A speaker's statements, with the speaker's row as sp. */
    private static final String OF_SPEAKER = " FROM statement s JOIN speaker sp ON sp.id = s.speaker_id WHERE sp.slug = ?";
    /** What V2's row trigger computes for a statement. */
    private static final String TRIGGER_VECTOR = "setweight(to_tsvector(verbatim_search_config(s.language)::regconfig,"
            + " s.text), 'A') || setweight(to_tsvector(verbatim_search_config(s.language)::regconfig, sp.name), 'B')"
            + " || setweight(to_tsvector(verbatim_search_config(s.language)::regconfig, coalesce(s.context, '')), 'C')";

    @Inject
    TestData data;

    @Inject
    DatabaseCounts database;

    @Test
    void shouldRecordNewStatementsInHistoryWithTheirAuthorTopicsAndSources() {
        String speaker = "Set-wise " + unique();
        String editorName = "Set-wise editor " + unique();
        String editor = ApiKeys.create("editor", editorName);
        var line = statement(speaker, "Written by SQL.", "2021-03-04")
                .topics("Set topic " + speaker, topic("Child " + speaker, "Parent " + speaker))
                .sources(source("https://news.example.org/" + unique(), "First Outlet", "told First"),
                        source("https://news.example.org/" + unique(), "Second Outlet", null));
        as(editor).contentType("application/x-ndjson").body(data.json(line).getBytes(StandardCharsets.UTF_8))
                .when().post("/api/v1/import")
                .then().statusCode(200).body("created", is(1));

        String id = given().when().get("/api/v1/speakers/" + Slugs.of(speaker) + "/statements")
                .then().statusCode(200)
                .body("items[0].topics.name", containsInAnyOrder("Set topic " + speaker, "Child " + speaker))
                .body("items[0].sources.outlet", contains("First Outlet", "Second Outlet"))
                .body("items[0].version", is(0))
                .extract().path("items[0].id");
        given().when().get("/api/v1/statements/" + id + "/history")
                .then().statusCode(200)
                .body("change", contains("CREATED"))
                .body("author", contains(editorName))
                .body("[0].statement.text", is("Written by SQL."))
                .body("[0].statement.topics", hasSize(2))
                .body("[0].statement.sources.attribution", contains("told First", null));
        given().when().get("/api/v1/topics/" + Slugs.of("Child " + speaker))
                .then().statusCode(200).body("parent.name", is("Parent " + speaker));
    }

    @Test
    void shouldStillEnrichTheSpeakerWhenTheStatementIsUnchanged() {
        String speaker = "Enrich unchanged " + unique();
        var line = statement(speaker, "Same words.", "2021-05-06");
        data.store(line);

        ImportReport again = data.store(line.speaker("aliases", List.of("Alias " + speaker)));

        assertThat(again.unchanged()).isEqualTo(1);
        given().when().get("/api/v1/speakers/" + Slugs.of(speaker))
                .then().statusCode(200).body("aliases", contains("Alias " + speaker));
    }

    /**
     * A renamed topic keeps its first slug, so its new name no longer slugs to it: a line naming it by the new name
     * resolves to it by name, as the import resolves it, and is still unchanged.
     */
    @Test
    void shouldFindALineUnchangedThatNamesARenamedTopicByItsNewName() {
        String speaker = "Renamed topic " + unique();
        String first = "First name " + speaker;
        String renamed = "Second name " + speaker;
        var line = statement(speaker, "About a renamed topic.", "2021-09-10")
                .with("externalId", "renamed-" + Slugs.of(speaker)).topics(first);
        assertThat(data.store(line).created()).isEqualTo(1);
        String etag = given().when().get("/api/v1/topics/" + Slugs.of(first))
                .then().statusCode(200).extract().header("ETag");
        as(ApiKeys.editor()).contentType("application/merge-patch+json").header("If-Match", etag)
                .body("{\"name\": \"" + renamed + "\"}")
                .when().patch("/api/v1/topics/" + Slugs.of(first))
                .then().statusCode(200).body("name", is(renamed));

        ImportReport again = data.store(line.topics(renamed));

        assertThat(again.unchanged()).isEqualTo(1);
        given().when().get("/api/v1/speakers/" + Slugs.of(speaker) + "/statements")
                .then().statusCode(200)
                .body("items[0].topics.name", contains(renamed))
                .body("items[0].version", is(0));
        assertThat(data.store(line.topics("Third name " + speaker)).updated()).isEqualTo(1);
    }

    @Test
    void shouldUpdateWhenOnlyAnAttributionChanged() {
        String speaker = "Attribution " + unique();
        String url = "https://news.example.org/" + unique();
        var line = statement(speaker, "Attributed.", "2021-07-08").sources(source(url, "Outlet", "said first"));
        data.store(line);

        ImportReport again = data.store(line.sources(source(url, "Outlet", "said later")));

        assertThat(again.updated()).isEqualTo(1);
        given().when().get("/api/v1/speakers/" + Slugs.of(speaker) + "/statements")
                .then().statusCode(200)
                .body("items[0].sources[0].attribution", is("said later"))
                .body("items[0].version", is(1));
    }

    @Test
    void shouldApplyAnExternalIdRepeatedInOneBodyInOrder() {
        String speaker = "Repeated id " + unique();
        var first = statement(speaker, "First wording.", "2021-09-10");
        var second = statement(speaker, "Second wording.", "2021-09-10").with("externalId", first.externalId());

        ImportReport report = data.importNdjson(data.json(first) + "\n" + data.json(second));

        assertThat(report.created()).isEqualTo(1);
        assertThat(report.updated()).isEqualTo(1);
        given().when().get("/api/v1/speakers/" + Slugs.of(speaker) + "/statements")
                .then().statusCode(200).body("items", hasSize(1)).body("items[0].text", is("Second wording."));
    }

    @Test
    void shouldResolveASpeakerByAliasAmongNewNamesInOneBatch() {
        String official = "Official " + unique();
        String nickname = "Nick " + unique();
        data.store(statement(official, "Under the official name.", "2021-11-12")
                .speaker("aliases", List.of(nickname)));
        String newcomer = "Newcomer " + unique();

        ImportReport report = data.store(statement(nickname.toUpperCase(java.util.Locale.ROOT), "Under the alias.",
                "2021-11-13"), statement(newcomer, "A new speaker.", "2021-11-14"));

        assertThat(report.created()).isEqualTo(2);
        given().when().get("/api/v1/speakers/" + Slugs.of(official) + "/statements")
                .then().statusCode(200).body("items.text", contains("Under the alias.", "Under the official name."));
        given().when().get("/api/v1/speakers/" + Slugs.of(newcomer)).then().statusCode(200);
        given().when().get("/api/v1/speakers/" + Slugs.of(nickname)).then().statusCode(404);
    }

    @Test
    void shouldWriteSearchVectorsTopicStatusesAndDenseTermsAsTheRowTriggersWould() throws SQLException {
        String speaker = "Zoë Vectorová " + unique();
        String slug = Slugs.of(speaker);
        ImportReport report = data.store(
                statement(speaker, "Le budget, le budget, toujours le budget.", "2022-01-02").with("language", "fr")
                        .with("context", "à la radio").topics("Vector topic " + speaker),
                statement(speaker, "Retracted words about tariffs.", "2022-01-03").with("status", "RETRACTED")
                        .with("retractionReason", "misattributed").topics("Vector topic " + speaker));

        assertThat(report.created()).isEqualTo(2);
        assertThat(database.count("SELECT count(*)" + OF_SPEAKER, slug)).isEqualTo(2);
        assertThat(database.count("SELECT count(*)" + OF_SPEAKER + " AND (s.search_config IS DISTINCT FROM"
                + " verbatim_search_config(s.language) OR s.search_vector IS DISTINCT FROM " + TRIGGER_VECTOR + ")",
                slug)).isZero();
        assertThat(database.count("SELECT count(*)" + OF_SPEAKER + " AND s.search_config = 'verbatim_french'", slug))
                .isEqualTo(1);
        String links = " FROM statement_topic st JOIN statement s ON s.id = st.statement_id"
                + " JOIN speaker sp ON sp.id = s.speaker_id WHERE sp.slug = ?";
        assertThat(database.count("SELECT count(*)" + links + " AND st.status IS DISTINCT FROM s.status", slug))
                .isZero();
        assertThat(database.count("SELECT count(*)" + links + " AND st.status = 'RETRACTED'", slug)).isEqualTo(1);
        assertThat(database.count("SELECT count(*) FROM statement_dense_term d"
                + " JOIN statement s ON s.id = d.statement_id JOIN speaker sp ON sp.id = s.speaker_id"
                + " WHERE sp.slug = ? AND d.lexeme = 'budget' AND d.score = 3",
                slug)).isEqualTo(1);
    }

    @Test
    void shouldCreateANewSourceOnceWithItsFirstOutletAndTheFirstDetailsGivenInItsHistory() throws SQLException {
        String speaker = "New source " + unique();
        String url = "https://news.example.org/" + unique();
        var untitled = source(url, "First Outlet", "told First");
        untitled.put("title", null);
        untitled.put("publishedOn", null);
        var titled = source(url, "Second Outlet", null);
        titled.put("title", "The title");

        ImportReport report = data.store(statement(speaker, "Cited untitled.", "2022-02-03").sources(untitled),
                statement(speaker, "Cited with a title.", "2022-02-04").sources(titled));

        assertThat(report.created()).isEqualTo(2);
        assertThat(database.count("SELECT count(*) FROM source WHERE url = ? AND outlet = 'First Outlet'"
                + " AND title = 'The title' AND published_on = DATE '2020-01-02' AND version = 0", url)).isEqualTo(1);
        assertThat(database.count("SELECT count(*) FROM source_aud a JOIN source s ON s.id = a.id WHERE s.url = ?"
                + " AND a.revtype = 0 AND a.outlet = 'First Outlet' AND a.title = 'The title'", url)).isEqualTo(1);
        assertThat(database.count("SELECT count(DISTINCT a.rev) FROM source_aud a JOIN source s ON s.id = a.id"
                + " JOIN statement_source ss ON ss.source_id = s.id JOIN statement_aud sa ON sa.id = ss.statement_id"
                + " WHERE s.url = ? AND sa.rev = a.rev", url)).isEqualTo(1);
        String id = given().when().get("/api/v1/speakers/" + Slugs.of(speaker) + "/statements")
                .then().statusCode(200).body("items[0].sources.outlet", contains("First Outlet"))
                .extract().path("items[0].id");
        given().when().get("/api/v1/statements/" + id + "/history")
                .then().statusCode(200).body("[0].statement.sources.title", contains("The title"));
    }
}
