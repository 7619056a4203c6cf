package io.verbatim.importing;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.verbatim.ApiKeys;
import io.verbatim.TestData;
import io.verbatim.domain.Slugs;
import io.agroal.api.AgroalDataSource;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static io.verbatim.ApiKeys.as;
import static io.verbatim.ProblemAssertions.assertInvalidParameter;
import static io.verbatim.ProblemAssertions.assertProblem;
import static io.verbatim.TestData.statement;
import static io.verbatim.TestData.unique;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.emptyOrNullString;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.oneOf;

/** Asynchronous imports: Prefer: respond-async, the job resource, and jobs a crash interrupted. */
@QuarkusTest
class ImportJobTest {

    static final String IMPORT = "/api/v1/import";
    static final String NDJSON = "application/x-ndjson; charset=UTF-8";
    static final String ASYNC = "respond-async, wait=5";

    @Inject
    TestData data;
    @Inject
    ImportJobs jobs;
    @Inject
    AgroalDataSource dataSource;

    private String mixed(String speaker) {
        return String.join("\n",
                data.json(statement(speaker, "Async one.", "2020-01-01")),
                data.json(statement(speaker, "From the future.", "2999-01-01")),
                "{broken",
                data.json(statement(speaker, "Async two.", "2020-01-02")));
    }

    /** Polls the job until it has finished; its last state. */
    private static JsonPath finished(String key, String location) {
        for (int attempt = 0; attempt < 300; attempt++) {
            JsonPath job = as(key).when().get(location).then().statusCode(200).extract().jsonPath();
            if (job.getString("state").equals("succeeded") || job.getString("state").equals("failed")) {
                return job;
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        throw new AssertionError("the import job did not finish in 30 s: " + location);
    }

    @Test
    void shouldAnswer202WithAJobAndReportTheImportThere() {
        String speaker = "Async " + unique();
        String editorName = "Async editor " + unique();
        String editor = ApiKeys.create("editor", editorName);
        String location = as(editor).contentType(NDJSON).header("Prefer", ASYNC)
                .body(mixed(speaker).getBytes(StandardCharsets.UTF_8))
                .when().post(IMPORT)
                .then().statusCode(202)
                .header("Preference-Applied", is("respond-async"))
                .body("state", oneOf("queued", "running", "succeeded"))
                .body("mode", is("best-effort"))
                .body("format", is("ndjson"))
                .body("submittedAt", not(emptyOrNullString()))
                .extract().header("Location");
        assertThat(location).matches(".*/api/v1/imports/[0-9a-f-]{36}$");

        JsonPath job = finished(editor, location);

        assertThat(job.getString("state")).isEqualTo("succeeded");
        assertThat(job.getLong("linesRead")).isEqualTo(4);
        assertThat(job.getLong("created")).isEqualTo(2);
        assertThat(job.getLong("failed")).isEqualTo(2);
        assertThat(job.getList("errors.line", Integer.class)).containsExactly(2, 3);
        assertThat(job.getString("errors[0].field")).isEqualTo("saidOn");
        assertThat(job.getString("startedAt")).isNotNull();
        assertThat(job.getString("finishedAt")).isNotNull();
        assertThat(job.getString("detail")).isNull();
        String id = given().when().get("/api/v1/speakers/" + Slugs.of(speaker) + "/statements")
                .then().statusCode(200).body("items.text", contains("Async two.", "Async one."))
                .extract().path("items[0].id");
        given().when().get("/api/v1/statements/" + id + "/history")
                .then().statusCode(200).body("author", contains(editorName)).body("authorRole", contains("editor"));
    }

    @Test
    void shouldFailAnAsyncAllOrNothingImportWithInvalidLinesAndStoreNothing() {
        String speaker = "Async all or nothing " + unique();
        String editor = ApiKeys.editor();
        String location = as(editor).contentType(NDJSON).header("Prefer", "respond-async")
                .queryParam("mode", "all-or-nothing").body(mixed(speaker).getBytes(StandardCharsets.UTF_8))
                .when().post(IMPORT)
                .then().statusCode(202).body("mode", is("all-or-nothing")).extract().header("Location");

        JsonPath job = finished(editor, location);

        assertThat(job.getString("state")).isEqualTo("failed");
        assertThat(job.getLong("created")).isZero();
        assertThat(job.getLong("failed")).isEqualTo(2);
        assertThat(job.getString("detail")).contains("Nothing was stored");
        assertProblem(given().when().get("/api/v1/speakers/" + Slugs.of(speaker)).then(), 404);
    }

    @Test
    void shouldRefuseAnAsyncCsvImportWithAnUnknownColumnBeforeMakingAJob() {
        assertProblem(as(ApiKeys.editor()).contentType("text/csv").header("Prefer", "respond-async")
                .body("text,speaker\nHello,Someone\n").when().post(IMPORT).then(), 400)
                .body("errors[0].field", is("speaker"));
    }

    @Test
    void shouldAnswer404ForAnUnknownJob400ForABadIdAnd401WithoutAKey() {
        String editor = ApiKeys.editor();
        assertProblem(as(editor).when().get("/api/v1/imports/" + UUID.randomUUID()).then(), 404);
        assertInvalidParameter(as(editor).when().get("/api/v1/imports/not-a-uuid").then(), "id");
        assertProblem(given().when().get("/api/v1/imports/" + UUID.randomUUID()).then(), 401);
    }

    @Test
    void shouldMarkAJobLeftRunningByACrashAsFailedAtTheNextStart() throws Exception {
        UUID id = UUID.randomUUID();
        try (Connection connection = dataSource.getConnection();
             PreparedStatement insert = connection.prepareStatement("""
                     INSERT INTO import_job (id, state, mode, format, author_name, author_role, body_bytes, lines_read,
                                             created, submitted_at, started_at, updated_at)
                     VALUES (?, 'running', 'best-effort', 'ndjson', 'crashed', 'editor', 1000, 500, 500,
                             now(), now(), now())""")) {
            insert.setObject(1, id);
            insert.executeUpdate();
        }

        jobs.onStart(null);

        as(ApiKeys.editor()).when().get("/api/v1/imports/" + id)
                .then().statusCode(200)
                .body("state", is("failed"))
                .body("created", is(500))
                .body("linesRead", is(500))
                .body("detail", org.hamcrest.Matchers.containsString("stopped"))
                .body("finishedAt", not(emptyOrNullString()));
    }
}
