package io.verbatim.limits;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import io.verbatim.ApiKeys;
import org.junit.jupiter.api.Test;

import java.util.concurrent.ThreadLocalRandom;

import static io.restassured.RestAssured.given;
import static io.verbatim.ProblemAssertions.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;

@QuarkusTest
@TestProfile(SmallRateLimits.class)
class RateLimitTest {

    private static final String QUOTE_CHECK = "{\"text\": \"dialogue and diplomacy are vitally important\"}";

    /** A client address of its own (TEST-NET-3), so that no two tests share buckets. */
    private static String newClient() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        return "203.0." + random.nextInt(1, 255) + "." + random.nextInt(1, 255);
    }

    private static RequestSpecification from(String client) {
        return given().header("X-Forwarded-For", client);
    }

    private static void spend(String client, int requests, String path) {
        for (int i = 0; i < requests; i++) {
            from(client).when().get(path).then().statusCode(200);
        }
    }

    @Test
    void shouldCountDownTheBurstInRateLimitHeadersThenAnswer429WithRetryAfter() {
        String client = newClient();
        for (int i = 1; i <= SmallRateLimits.READ_BURST; i++) {
            from(client).when().get("/api/v1/topics")
                    .then().statusCode(200)
                    .header("RateLimit-Policy", SmallRateLimits.PER_MINUTE + ";w=60;burst=" + SmallRateLimits.READ_BURST)
                    .header("RateLimit", org.hamcrest.Matchers.startsWith(
                            "limit=" + SmallRateLimits.READ_BURST + ", remaining=" + (SmallRateLimits.READ_BURST - i) + ", reset="));
        }

        Response refused = assertProblem(from(client).header("Origin", "https://newsroom.example")
                .when().get("/api/v1/topics").then(), 429)
                // A browser app may read why it was refused and when to retry
                .header("Access-Control-Allow-Origin", is("https://newsroom.example"))
                .body("type", is("/problems/too-many-requests"))
                .body("title", is("Too many requests"))
                .body("instance", is("/api/v1/topics"))
                .header("RateLimit", org.hamcrest.Matchers.startsWith("limit=5, remaining=0, reset="))
                .extract().response();
        assertThat(Integer.parseInt(refused.header("Retry-After"))).isBetween(1, 60 / SmallRateLimits.PER_MINUTE);
    }

    @Test
    void shouldServeAgainOnceRetryAfterHasPassed() throws InterruptedException {
        String client = newClient();
        spend(client, SmallRateLimits.READ_BURST, "/api/v1/topics");
        int retryAfter = Integer.parseInt(from(client).when().get("/api/v1/topics")
                .then().statusCode(429).extract().header("Retry-After"));

        Thread.sleep(retryAfter * 1000L);

        from(client).when().get("/api/v1/topics").then().statusCode(200);
    }

    @Test
    void shouldNotLetOneClientsFloodSlowAnother() {
        String flooder = newClient();
        String other = newClient();
        spend(flooder, SmallRateLimits.READ_BURST, "/api/v1/topics");
        for (int i = 0; i < 20; i++) {
            from(flooder).when().get("/api/v1/topics").then().statusCode(429);
        }

        long started = System.nanoTime();
        from(other).when().get("/api/v1/topics")
                .then().statusCode(200)
                .header("RateLimit", org.hamcrest.Matchers.startsWith("limit=5, remaining=4,"));
        assertThat((System.nanoTime() - started) / 1_000_000).isLessThan(2_000);
    }

    @Test
    void shouldGiveSearchesAndQuoteChecksTheirOwnBucketApartFromReads() {
        String client = newClient();
        from(client).when().get("/api/v1/statements?q=sanctions").then().statusCode(200);
        from(client).when().get("/api/v1/speakers?q=shaheen").then().statusCode(200);
        from(client).contentType(ContentType.JSON).body(QUOTE_CHECK).when().post("/api/v1/quote-checks")
                .then().statusCode(200);

        assertProblem(from(client).when().get("/api/v1/statements?q=sanctions").then(), 429);
        assertProblem(from(client).contentType(ContentType.JSON).body(QUOTE_CHECK)
                .when().post("/api/v1/quote-checks").then(), 429);
        from(client).when().get("/api/v1/statements").then().statusCode(200)
                .header("RateLimit-Policy", SmallRateLimits.PER_MINUTE + ";w=60;burst=" + SmallRateLimits.READ_BURST);
    }

    @Test
    void shouldLimitWritesBeforeAuthenticationSoAFloodOfBadWritesNeverReachesTheKeyLookup() {
        String client = newClient();
        for (int i = 0; i < SmallRateLimits.WRITE_BURST; i++) {
            assertProblem(from(client).contentType(ContentType.JSON).body("{}")
                    .when().post("/api/v1/statements").then(), 401);
        }
        assertProblem(from(client).contentType(ContentType.JSON).body("{}")
                .when().post("/api/v1/statements").then(), 429)
                .header("WWW-Authenticate", nullValue());
        // Reads of the same client are still served
        from(client).when().get("/api/v1/topics").then().statusCode(200);
    }

    @Test
    void shouldCountAnAuthenticatedKeyApartFromItsAddressButNotAnInventedOne() {
        String client = newClient();
        String key = ApiKeys.editor();
        // One authenticated write makes the key known to the limiter (its own buckets from then on)
        assertProblem(from(client).header("Authorization", "Bearer " + key).contentType(ContentType.JSON).body("{}")
                .when().post("/api/v1/statements").then(), 400);
        spend(client, SmallRateLimits.READ_BURST, "/api/v1/topics");
        from(client).when().get("/api/v1/topics").then().statusCode(429);

        from(client).header("Authorization", "Bearer " + key).when().get("/api/v1/topics")
                .then().statusCode(200);
        assertProblem(from(client).header("X-API-Key", "vbk_invented-to-escape-the-limit-" + newClient())
                .when().get("/api/v1/topics").then(), 429);
    }

    @Test
    void shouldNeverLimitOperationsEndpoints() {
        String client = newClient();
        for (int i = 0; i < SmallRateLimits.READ_BURST * 3; i++) {
            from(client).when().get("/q/health/live").then().statusCode(200)
                    .header("RateLimit", nullValue())
                    .header("Retry-After", nullValue());
        }
    }
}
