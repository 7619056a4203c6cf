package io.verbatim.api;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static io.verbatim.ApiKeys.asAdmin;
import static io.verbatim.ProblemAssertions.assertInvalidParameter;
import static io.verbatim.ProblemAssertions.assertProblem;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;

/** Issue 17 point 8: a query parameter the operation does not declare is a 400, not silently ignored. */
@QuarkusTest
class UnknownQueryParameterTest {

    @Test
    void shouldRefuseATypoNamingItAndTheClosestDeclaredName() {
        assertInvalidParameter(given().queryParam("speakr", "rand-paul").when().get("/api/v1/statements").then(),
                "speakr")
                .body("errors[0].in", is("query"))
                .body("errors[0].detail", containsString("did you mean 'speaker'?"))
                .body("detail", containsString("Unknown query parameter 'speakr' (did you mean 'speaker'?)"))
                .body("detail", containsString("attributedTo"));
    }

    @Test
    void shouldNameEveryUnknownParameterAndMatchCaseInsensitively() {
        assertProblem(given().queryParam("Speaker", "x").queryParam("limt", "5").queryParam("q", "words")
                .when().get("/api/v1/statements").then(), 400)
                .body("errors.field", containsInAnyOrder("Speaker", "limt"))
                .body("errors.detail", containsInAnyOrder(containsString("'speaker'"), containsString("'limit'")));
    }

    @Test
    void shouldRefuseParametersOfOtherOperations() {
        // sort, limit and facets belong to the search, not to the export that shares its filters
        assertProblem(given().queryParam("sort", "newest").queryParam("limit", "5").when().get("/api/v1/export")
                .then(), 400)
                .body("errors.field", containsInAnyOrder("sort", "limit"));
        assertInvalidParameter(given().queryParam("q", "x").when().get("/api/v1/speakers/rand-paul").then(), "q")
                .body("detail", containsString("This operation takes no query parameters."));
        assertInvalidParameter(asAdmin().queryParam("dryRun", "true").contentType("application/json").body("{}")
                .when().post("/api/v1/statements").then(), "dryRun");
    }

    @Test
    void shouldStillAcceptEveryDeclaredParameter() {
        given().queryParam("q", "sanctions").queryParam("speaker", "jeanne-shaheen").queryParam("attributedTo", "x")
                .queryParam("onBehalfOf", "y").queryParam("topic", "z").queryParam("outlet", "o").queryParam("kind",
                        "DIRECT").queryParam("language", "en").queryParam("externalId", "e").queryParam("from",
                        "2018-01-01").queryParam("to", "2018-12-31").queryParam("status", "all").queryParam("sort",
                        "newest").queryParam("limit", "5").queryParam("facets", "speaker")
                .when().get("/api/v1/statements").then().statusCode(200);
        given().queryParam("format", "csv").queryParam("speaker", "nobody").when().get("/api/v1/export")
                .then().statusCode(200);
        given().queryParam("q", "shaheen").queryParam("kind", "PERSON").queryParam("limit", "3")
                .when().get("/api/v1/speakers").then().statusCode(200).body("items", hasSize(greaterThan(0)));
    }

    @Test
    void shouldLeavePagesAndOperationalEndpointsAlone() {
        given().queryParam("speakr", "x").when().get("/").then().statusCode(200);
        given().queryParam("anything", "x").when().get("/q/health/ready").then().statusCode(200);
    }

    @Test
    void shouldDocumentTheRefusalOnEveryOperation() {
        given().queryParam("format", "json").when().get("/q/openapi").then().statusCode(200)
                .body("paths.'/api/v1/statements'.get.responses.'400'.description",
                        containsString("does not declare"))
                .body("paths.'/api/v1/speakers/{idOrSlug}'.get.responses.'400'.content.'application/problem+json'"
                        + ".examples.'unknown-parameter'.value.errors[0].field", is("speakr"))
                .body("paths.collect { path -> path.value.findAll { it.key in ['get', 'put', 'post', 'patch', 'delete'] }"
                                + ".collect { it.value.responses.'400' != null } }.flatten()",
                        everyItem(is(true)));
    }
}
