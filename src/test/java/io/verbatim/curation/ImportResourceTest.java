package io.verbatim.curation;

import io.quarkus.test.junit.QuarkusTest;
import io.verbatim.ApiKeys;
import io.verbatim.TestData;
import io.verbatim.domain.Slugs;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static io.verbatim.ApiKeys.as;
import static io.verbatim.ProblemAssertions.assertInvalidParameter;
import static io.verbatim.ProblemAssertions.assertProblem;
import static io.verbatim.TestData.statement;
import static io.verbatim.TestData.unique;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;

/** POST /import: roles, both modes with valid and invalid lines, repeats, CSV. */
@QuarkusTest
class ImportResourceTest {

    static final String IMPORT = "/api/v1/import";
    static final String NDJSON = "application/x-ndjson; charset=UTF-8";
    static final String CSV = "text/csv; charset=UTF-8";

    @Inject
    TestData data;

    static byte[] bytes(String text) {
        return text.getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }

    private String mixed(String speaker) {
        return String.join("\n",
                data.json(statement(speaker, "Valid one.", "2020-01-01")),
                data.json(statement(speaker, "From the future.", "2999-01-01")),
                "{broken",
                data.json(statement(speaker, "Valid two.", "2020-01-02")));
    }

    @Test
    void shouldAnswerAnAnonymousImportWith401() {
        assertProblem(given().contentType(NDJSON).body(bytes(mixed("Anonymous " + unique())))
                .when().post(IMPORT).then(), 401)
                .header("WWW-Authenticate", is("Bearer realm=\"verbatim\""));
    }

    @Test
    void shouldKeepTheValidLinesInBestEffortMode() {
        String speaker = "Best effort " + unique();
        as(ApiKeys.editor()).contentType(NDJSON).body(bytes(mixed(speaker)))
                .when().post(IMPORT)
                .then().statusCode(200)
                .body("created", is(2))
                .body("failed", is(2))
                .body("errors.line", contains(2, 3))
                .body("errors[0].field", is("saidOn"));
        given().when().get("/api/v1/speakers/" + Slugs.of(speaker) + "/statements")
                .then().body("items.text", contains("Valid two.", "Valid one."));
    }

    @Test
    void shouldStoreNothingFromAFailedAllOrNothingImport() {
        String speaker = "All or nothing " + unique();
        ApiKeys.asAdmin().contentType(NDJSON).body(bytes(mixed(speaker)))
                .queryParam("mode", "all-or-nothing")
                .when().post(IMPORT)
                .then().statusCode(200)
                .body("created", is(0))
                .body("updated", is(0))
                .body("unchanged", is(0))
                .body("failed", is(2))
                .body("errors.line", contains(2, 3));
        assertProblem(given().when().get("/api/v1/speakers/" + Slugs.of(speaker)).then(), 404);
    }

    @Test
    void shouldStoreEveryLineOfAValidAllOrNothingImportAndFindThemUnchangedTheSecondTime() {
        String speaker = "Complete " + unique();
        StringBuilder ndjson = new StringBuilder();
        for (int i = 1; i <= 12; i++) {
            ndjson.append(data.json(statement(speaker, "Line " + i + ".", "2020-02-" + (10 + i))
                    .topics("Completeness " + speaker))).append('\n');
        }
        String editor = ApiKeys.editor();
        as(editor).contentType(NDJSON).body(bytes(ndjson.toString())).queryParam("mode", "all-or-nothing")
                .when().post(IMPORT)
                .then().statusCode(200).body("created", is(12)).body("failed", is(0)).body("errors", hasSize(0));
        as(editor).contentType(NDJSON).body(bytes(ndjson.toString()))
                .when().post(IMPORT)
                .then().statusCode(200).body("created", is(0)).body("updated", is(0)).body("unchanged", is(12));
        given().when().get("/api/v1/speakers/" + Slugs.of(speaker)).then().body("statementCount", is(12));
    }

    @Test
    void shouldImportCsvWithListColumnsAndQuotedCommas() {
        String speaker = "Csv Speaker " + unique();
        String id = "csv-" + unique();
        String csv = "externalId,text,kind,speakerName,speakerKind,speakerAliases,saidOn,topics,sourceUrl,"
                + "sourceOutlet,sourceAttribution\n"
                + id + ",\"Yes, we will.\",PARAPHRASE," + speaker + ",ORGANIZATION,CS " + speaker + ";C. "
                + speaker + ",2019-05-06,Csv topic " + speaker + ";Other " + speaker
                + ",https://news.example.org/" + unique() + ",Example News,according to the office\n"
                + "csv-" + unique() + ",Too late.,DIRECT," + speaker + ",PERSON,,2999-01-01,,"
                + "https://news.example.org/x,Example News,\n"
                + "csv-" + unique() + ",Bad kind.,direct," + speaker + ",PERSON,,2019-01-01,,"
                + "https://news.example.org/y,Example News,\n";

        as(ApiKeys.editor()).contentType(CSV).body(csv)
                .when().post(IMPORT)
                .then().statusCode(200)
                .body("created", is(1))
                .body("failed", is(2))
                .body("errors.line", contains(3, 4))
                .body("errors.field", contains("saidOn", "kind"));
        given().when().get("/api/v1/speakers/" + Slugs.of(speaker)).then().statusCode(200)
                .body("kind", is("ORGANIZATION"))
                .body("aliases", contains("CS " + speaker, "C. " + speaker));
        given().when().get("/api/v1/speakers/" + Slugs.of(speaker) + "/statements").then()
                .body("items[0].externalId", is(id))
                .body("items[0].text", is("Yes, we will."))
                .body("items[0].kind", is("PARAPHRASE"))
                .body("items[0].topics.name", containsInAnyOrder("Csv topic " + speaker, "Other " + speaker))
                .body("items[0].sources[0].attribution", is("according to the office"));
    }

    @Test
    void shouldRefuseACsvHeaderWithAnUnknownColumn() {
        assertProblem(as(ApiKeys.editor()).contentType(CSV).body("text,speaker\nHello,Someone\n")
                .when().post(IMPORT).then(), 400)
                .body("errors[0].field", is("speaker"));
        assertProblem(as(ApiKeys.editor()).contentType(CSV).body("text,speaker\nHello,Someone\n")
                .queryParam("mode", "all-or-nothing")
                .when().post(IMPORT).then(), 400)
                .body("errors[0].field", is("speaker"));
    }

    @Test
    void shouldRefuseACsvBodyWithoutAHeader() {
        assertProblem(as(ApiKeys.editor()).contentType(CSV).body("").when().post(IMPORT).then(), 400)
                .body("type", is("/problems/invalid-body"));
    }

    @Test
    void shouldRefuseAnUnknownMode() {
        assertInvalidParameter(as(ApiKeys.editor()).contentType(NDJSON).body(bytes("")).queryParam("mode", "some")
                .when().post(IMPORT).then(), "mode");
    }
}
