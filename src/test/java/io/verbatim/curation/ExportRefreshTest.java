package io.verbatim.curation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.verbatim.ApiKeys;
import io.verbatim.DatabaseCounts;
import io.verbatim.TestData;
import io.verbatim.domain.Slugs;
import io.verbatim.importing.ExportRefresher;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static io.verbatim.ApiKeys.as;
import static io.verbatim.TestData.source;
import static io.verbatim.TestData.statement;
import static io.verbatim.TestData.topic;
import static io.verbatim.TestData.unique;
import static io.verbatim.curation.ExportRoundTripTest.EXPORT;
import static io.verbatim.curation.ExportRoundTripTest.idOf;
import static io.verbatim.curation.ExportRoundTripTest.patch;
import static io.verbatim.curation.ImportResourceTest.IMPORT;
import static io.verbatim.curation.ImportResourceTest.bytes;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.is;

/**
 * A topic rename or move and a source edit queue the rewrite of the stored export arrays (V21) instead of doing it in
 * the request: the request answers while the rewrite is still to do, an export meanwhile is already exact, and the
 * background worker then rewrites the arrays to the same bytes.
 */
@QuarkusTest
class ExportRefreshTest {

    private static final int STATEMENTS = 600;
    private static final Duration DRAIN_DEADLINE = Duration.ofSeconds(60);

    @Inject
    TestData data;

    @Inject
    DatabaseCounts counts;

    @Inject
    ExportRefresher refresher;

    @Inject
    AgroalDataSource dataSource;

    @Test
    void shouldAnswerARootRenameBeforeItsStatementsArraysAreRewrittenAndExportThemExactlyMeanwhile() throws Exception {
        String tag = unique();
        String editor = ApiKeys.editor();
        String root = "Root " + tag;
        String speaker = "Refreshed " + tag;
        StringBuilder body = new StringBuilder();
        for (int i = 0; i < STATEMENTS; i++) {
            body.append(data.json(statement(speaker, "Statement number " + i + " on " + tag + ".", "2018-01-01")
                    .with("externalId", "refresh-" + tag + "-" + i)
                    .topics(topic((i % 2 == 0 ? "Even " : "Odd ") + tag, root), "Plain " + tag)
                    .sources(source("https://refresh.example.org/" + tag + "/" + (i % 3), "Outlet " + tag, null))))
                    .append('\n');
        }
        as(editor).contentType(ImportResourceTest.NDJSON).body(bytes(body.toString()))
                .when().post(IMPORT)
                .then().statusCode(200).body("created", is(STATEMENTS)).body("failed", is(0));
        String sourceId = given().when().get("/api/v1/statements/" + idOf("refresh-" + tag + "-0"))
                .then().statusCode(200).extract().path("sources[0].id");

        refresher.suspend();
        try {
            patch(editor, "/api/v1/topics/" + Slugs.of(root), Map.of("name", "Renamed root " + tag));
            patch(editor, "/api/v1/sources/" + sourceId, Map.of("title", "Edited title " + tag));

            // The requests have answered and nothing was rewritten: the rewrite is queued, every stored array still
            // names the old root, the edited source's statements are not rewritten either.
            assertThat(counts.count("SELECT count(*) FROM statement_export_pending p JOIN topic t ON t.id = p.topic_id"
                    + " WHERE t.name = ? AND p.with_children", "Renamed root " + tag)).isEqualTo(1);
            assertThat(counts.count("SELECT count(*) FROM statement_export_pending WHERE source_id = ?::uuid",
                    sourceId)).isEqualTo(1);
            assertThat(storedNaming("\"parent\":\"" + root + "\"")).isEqualTo(STATEMENTS);
            assertThat(storedNaming("Edited title " + tag)).isZero();

            String meanwhile = export(speaker);
            assertExact(meanwhile, tag, root);

            refresher.resume();
            awaitDrained();
            assertThat(storedNaming("\"parent\":\"" + root + "\"")).isZero();
            assertThat(storedNaming("\"parent\":\"Renamed root " + tag + "\"")).isEqualTo(STATEMENTS);
            assertThat(storedNaming("Edited title " + tag)).isEqualTo(STATEMENTS / 3);
            // The rewritten arrays are the very bytes the export built from the live tables while they were queued.
            assertThat(export(speaker)).isEqualTo(meanwhile);
        } finally {
            refresher.resume();
        }
    }

    @Test
    void shouldExportAMovedTopicExactlyBeforeAndAfterItsRewrite() throws Exception {
        String tag = unique();
        String editor = ApiKeys.editor();
        String speaker = "Moved " + tag;
        data.store(statement(speaker, "Under the first parent " + tag + ".", "2018-02-01")
                        .topics(topic("Wandering " + tag, "First parent " + tag)),
                statement(speaker, "Also under it " + tag + ".", "2018-02-02")
                        .topics(topic("Wandering " + tag, "First parent " + tag), "Staying " + tag));
        as(editor).contentType("application/json").body(Map.of("name", "Second parent " + tag))
                .when().post("/api/v1/topics").then().statusCode(201);

        refresher.suspend();
        try {
            patch(editor, "/api/v1/topics/" + Slugs.of("Wandering " + tag), Map.of("parent",
                    Slugs.of("Second parent " + tag)));
            assertThat(storedNaming("\"parent\":\"First parent " + tag + "\"")).isEqualTo(2);
            String meanwhile = export(speaker);
            assertThat(meanwhile).contains("\"parent\":\"Second parent " + tag + "\"")
                    .doesNotContain("First parent " + tag);
            refresher.resume();
            awaitDrained();
            assertThat(storedNaming("\"parent\":\"Second parent " + tag + "\"")).isEqualTo(2);
            assertThat(export(speaker)).isEqualTo(meanwhile);
        } finally {
            refresher.resume();
        }
    }

    /**
     * What a crash of the worker leaves: the queue row, with some statements' arrays rewritten by the chunks that
     * committed and the others not. The export is exact over that mix, and the next worker redoes the whole rewrite.
     */
    @Test
    void shouldRedoARewriteThatACrashLeftHalfDone() throws Exception {
        String tag = unique();
        String editor = ApiKeys.editor();
        String speaker = "Crashed " + tag;
        String root = "Crash root " + tag;
        data.store(statement(speaker, "One under the root " + tag + ".", "2018-03-01")
                        .with("externalId", "crash-" + tag + "-1").topics(topic("Crash child " + tag, root)),
                statement(speaker, "Two under the root " + tag + ".", "2018-03-02")
                        .with("externalId", "crash-" + tag + "-2").topics(topic("Crash child " + tag, root)),
                statement(speaker, "Three under the root " + tag + ".", "2018-03-03")
                        .with("externalId", "crash-" + tag + "-3").topics(topic("Crash child " + tag, root)));
        refresher.suspend();
        try {
            patch(editor, "/api/v1/topics/" + Slugs.of(root), Map.of("name", "Crash renamed " + tag));
            // The first chunk's transaction committed (one statement rewritten), then the worker died.
            try (Connection connection = dataSource.getConnection();
                 PreparedStatement chunk = connection.prepareStatement(
                         "SELECT verbatim_export_refresh(ARRAY[?::uuid], true, false)")) {
                chunk.setString(1, idOf("crash-" + tag + "-1"));
                chunk.execute();
            }
            assertThat(storedNaming("\"parent\":\"Crash renamed " + tag + "\"")).isEqualTo(1);
            assertThat(storedNaming("\"parent\":\"" + root + "\"")).isEqualTo(2);
            String meanwhile = export(speaker);
            assertThat(meanwhile.split("\n")).hasSize(3)
                    .allMatch(line -> line.contains("\"parent\":\"Crash renamed " + tag + "\""));

            refresher.resume();
            awaitDrained();
            assertThat(storedNaming("\"parent\":\"Crash renamed " + tag + "\"")).isEqualTo(3);
            assertThat(export(speaker)).isEqualTo(meanwhile);
        } finally {
            refresher.resume();
        }
    }

    /** Every line as GET /statements/{id} reads it, and an import of the whole export changes nothing. */
    private void assertExact(String exported, String tag, String oldRoot) throws Exception {
        List<String> lines = Arrays.stream(exported.split("\n")).filter(line -> !line.isBlank()).toList();
        assertThat(lines).hasSize(STATEMENTS);
        assertThat(exported).doesNotContain("\"parent\":\"" + oldRoot + "\"");
        ObjectMapper json = new ObjectMapper();
        for (String line : List.of(lines.get(0), lines.get(1), lines.get(STATEMENTS - 1))) {
            JsonNode exportedLine = json.readTree(line);
            JsonNode stored = json.readTree(given().when()
                    .get("/api/v1/statements/" + idOf(exportedLine.get("externalId").asText()))
                    .then().statusCode(200).extract().asString());
            List<String> names = new ArrayList<>();
            exportedLine.get("topics").forEach(topic -> names.add(topic.get("name").asText()));
            List<String> storedNames = new ArrayList<>();
            stored.get("topics").forEach(topic -> storedNames.add(topic.get("name").asText()));
            assertThat(names).isEqualTo(storedNames);
            for (JsonNode topic : exportedLine.get("topics")) {
                if (topic.has("parent")) {
                    assertThat(topic.get("parent").asText()).isEqualTo("Renamed root " + tag);
                }
            }
            assertThat(exportedLine.at("/sources/0/title").asText(null))
                    .isEqualTo(stored.at("/sources/0/title").asText(null));
        }
        assertThat(exported).contains("\"title\":\"Edited title " + tag + "\"");
        as(ApiKeys.editor()).contentType(ImportResourceTest.NDJSON).body(bytes(exported))
                .when().post(IMPORT)
                .then().statusCode(200).body("unchanged", is(STATEMENTS)).body("updated", is(0))
                .body("failed", is(0));
    }

    /** How many stored export rows contain {@code text} in their topics or sources. */
    private long storedNaming(String text) throws Exception {
        return counts.count("SELECT count(*) FROM statement_export"
                + " WHERE strpos(topics, ?) > 0 OR strpos(sources, ?) > 0", text, text);
    }

    private void awaitDrained() throws Exception {
        Instant deadline = Instant.now().plus(DRAIN_DEADLINE);
        while (counts.count("SELECT count(*) FROM statement_export_pending") > 0) {
            assertThat(Instant.now()).as("the queue drains within " + DRAIN_DEADLINE).isBefore(deadline);
            Thread.sleep(50);
        }
    }

    private static String export(String speaker) {
        return given().queryParam("speaker", Slugs.of(speaker)).queryParam("status", "all")
                .when().get(EXPORT).then().statusCode(200).extract().asString();
    }
}
