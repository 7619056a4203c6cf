package io.verbatim.problem;

import io.quarkus.test.junit.QuarkusTest;
import io.verbatim.ApiKeys;
import io.verbatim.TestData;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static io.restassured.RestAssured.given;
import static io.verbatim.ProblemAssertions.assertProblem;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;

/**
 * PostgreSQL cannot store or compare text holding NUL (U+0000): such input is the client's mistake, a 400 problem,
 * not a 500 (found by the contract fuzzer in path parameters and in bodies).
 */
@QuarkusTest
class UnstorableTextTest {

    @Test
    void shouldRefuseNulInAPathParameterWithBadRequest() {
        assertProblem(given().when().get("/api/v1/speakers/{slug}", "a\u0000b").then(), 400)
                .body("type", is("/problems/bad-request"))
                .body("detail", containsString("NUL"));
    }

    @Test
    void shouldRefuseNulInABodyFieldWithBadRequestAndStoreNothing() {
        String name = "Nul topic " + TestData.unique();
        assertProblem(ApiKeys.asAdmin().contentType("application/json")
                .body(Map.of("name", name + "\u0000"))
                .when().post("/api/v1/topics").then(), 400)
                .body("type", is("/problems/bad-request"));
        given().when().get("/api/v1/topics/" + io.verbatim.domain.Slugs.of(name)).then().statusCode(404);
    }

    @Test
    void shouldRefuseNulInAQueryParameterWithBadRequest() {
        assertProblem(given().queryParam("q", "a\u0000b").when().get("/api/v1/speakers").then(), 400);
    }
}
