package io.verbatim.limits;

import io.quarkus.test.junit.QuarkusTest;
import io.verbatim.ApiKeys;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static io.verbatim.ProblemAssertions.assertProblem;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

/** CORS for the configured origins (the test profile allows https://newsroom.example), security headers, TRACE. */
@QuarkusTest
class HttpHardeningTest {

    private static final String ALLOWED = "https://newsroom.example";

    @Test
    void shouldLetAnAllowedOriginReadTheCachingLocationAndRateLimitHeaders() {
        given().header("Origin", ALLOWED).when().get("/api/v1/topics")
                .then().statusCode(200)
                .header("Access-Control-Allow-Origin", is(ALLOWED))
                .header("Access-Control-Expose-Headers", containsString("ETag"))
                .header("Access-Control-Expose-Headers", containsString("Location"))
                .header("Access-Control-Expose-Headers", containsString("Retry-After"))
                .header("Access-Control-Expose-Headers", containsString("RateLimit-Policy"));
    }

    @Test
    void shouldAnswerAPreflightForAWriteWithAnApiKeyFromAnAllowedOrigin() {
        given().header("Origin", ALLOWED)
                .header("Access-Control-Request-Method", "PUT")
                .header("Access-Control-Request-Headers", "authorization,content-type,if-match")
                .when().options("/api/v1/statements/00000000-0000-0000-0000-000000000000")
                .then().statusCode(200)
                .header("Access-Control-Allow-Origin", is(ALLOWED))
                .header("Access-Control-Allow-Methods", containsString("PUT"))
                .header("Access-Control-Allow-Headers", containsString("If-Match"));
    }

    @Test
    void shouldNotAllowAnOriginThatIsNotConfigured() {
        given().header("Origin", "https://scraper.example").when().get("/api/v1/topics")
                .then().header("Access-Control-Allow-Origin", nullValue());
    }

    @Test
    void shouldMarkAnswersToKeyedRequestsNoStoreAndLeavePublicReadsCacheable() {
        ApiKeys.asAdmin().when().get("/api/v1/admin/api-keys")
                .then().statusCode(200).header("Cache-Control", is("no-store"));
        ApiKeys.as("vbk_unknown-key-sent-to-a-public-read").when().get("/api/v1/topics")
                .then().statusCode(200).header("Cache-Control", is("no-store"));
        given().when().get("/api/v1/topics")
                .then().statusCode(200).header("Cache-Control", not(is("no-store")));
    }

    @Test
    void shouldSendNoServerBannerAndNoSniffOnEveryAnswer() {
        given().when().get("/api/v1/topics").then().statusCode(200)
                .header("Server", nullValue())
                .header("X-Content-Type-Options", is("nosniff"));
        given().when().get("/q/health/live").then().statusCode(200)
                .header("Server", nullValue());
    }

    @Test
    void shouldRefuseTraceWithA405Problem() {
        assertProblem(given().when().request("TRACE", "/api/v1/statements").then(), 405)
                .header("Allow", not(containsString("TRACE")))
                .body("type", is("/problems/method-not-allowed"));
        assertProblem(given().when().request("TRACE", "/q/health").then(), 405);
    }
}
