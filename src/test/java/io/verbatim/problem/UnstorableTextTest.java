package io.verbatim.problem;

import io.quarkus.test.junit.QuarkusTest;
import io.verbatim.ApiKeys;
import io.verbatim.TestData;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static io.restassured.RestAssured.given;
import static io.verbatim.ProblemAssertions.assertProblem;
import static io.verbatim.TestData.statement;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;

/**
 * PostgreSQL cannot store or compare text holding NUL (U+0000): such input is the client's mistake, a 400 problem
 * naming the parameter or field, not a 500 (found by the contract fuzzer in path parameters and in bodies).
 */
@QuarkusTest
class UnstorableTextTest {

    @Inject
    TestData data;

    @Test
    void shouldRefuseNulInAPathParameterNamingIt() {
        assertProblem(given().when().get("/api/v1/speakers/{slug}", "a\u0000b").then(), 400)
                .body("type", is("/problems/invalid-parameter"))
                .body("errors[0].field", is("idOrSlug"))
                .body("errors[0].in", is("path"))
                .body("errors[0].detail", containsString("NUL"));
    }

    @Test
    void shouldRefuseNulInABodyFieldNamingItAndStoreNothing() {
        String name = "Nul topic " + TestData.unique();
        assertProblem(ApiKeys.asAdmin().contentType("application/json")
                .body(Map.of("name", name + "\u0000"))
                .when().post("/api/v1/topics").then(), 400)
                .body("errors[0].field", is("name"))
                .body("errors[0].in", is("body"))
                .body("errors[0].detail", containsString("NUL"));
        given().when().get("/api/v1/topics/" + io.verbatim.domain.Slugs.of(name)).then().statusCode(404);
    }

    @Test
    void shouldRefuseNulInAQueryParameterNamingIt() {
        assertProblem(given().queryParam("q", "a\u0000b").when().get("/api/v1/speakers").then(), 400)
                .body("errors[0].field", is("q"))
                .body("errors[0].in", is("query"));
        assertProblem(given().queryParam("outlet", "x\u0000").when().get("/api/v1/statements").then(), 400)
                .body("errors[0].field", is("outlet"));
    }

    @Test
    void shouldReportNulInAnImportLineAsThatLinesFieldAndImportTheOthers() {
        String speaker = "Nul importer " + TestData.unique();
        String ndjson = data.json(statement(speaker, "Clean line.", "2020-01-01")) + "\n"
                + data.json(statement(speaker, "Dirty\u0000line.", "2020-01-02")) + "\n";
        ApiKeys.as(ApiKeys.editor()).contentType("application/x-ndjson; charset=UTF-8")
                .body(ndjson.getBytes(java.nio.charset.StandardCharsets.UTF_8))
                .when().post("/api/v1/import")
                .then().statusCode(200)
                .body("created", is(1))
                .body("failed", is(1))
                .body("errors[0].line", is(2))
                .body("errors[0].field", is("text"))
                .body("errors[0].detail", containsString("NUL"));
        given().when().get("/api/v1/speakers/" + io.verbatim.domain.Slugs.of(speaker) + "/statements")
                .then().statusCode(200)
                .body("items.size()", is(1))
                .body("items[0].text", is("Clean line."));
    }
}
