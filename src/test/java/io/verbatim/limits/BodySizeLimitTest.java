package io.verbatim.limits;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.verbatim.ApiKeys;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static io.verbatim.ProblemAssertions.assertProblem;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;

@QuarkusTest
class BodySizeLimitTest {

    private static final int ONE_MEGABYTE = 1024 * 1024;

    private static String quoteCheckOf(int bytes) {
        String prefix = "{\"text\": \"";
        String suffix = "\"}";
        return prefix + "a".repeat(bytes - prefix.length() - suffix.length()) + suffix;
    }

    @Test
    void shouldRefuseAJsonBodyOverOneMegabyteWith413Problem() {
        assertProblem(given().contentType(ContentType.JSON).body(quoteCheckOf(ONE_MEGABYTE + 1))
                .when().post("/api/v1/quote-checks").then(), 413)
                .body("type", is("/problems/payload-too-large"))
                .body("detail", containsString("at most " + ONE_MEGABYTE));
    }

    @Test
    void shouldRefuseAnOversizedWriteBeforeAuthentication() {
        assertProblem(ApiKeys.as("vbk_not-a-key-at-all-but-long-enough").contentType(ContentType.JSON)
                .body(quoteCheckOf(2 * ONE_MEGABYTE)).when().post("/api/v1/statements").then(), 413);
    }

    @Test
    void shouldReadABodyOfExactlyTheLimit() {
        // Read and judged on its content (too long a text), not refused for its size
        assertProblem(given().contentType(ContentType.JSON).body(quoteCheckOf(ONE_MEGABYTE))
                .when().post("/api/v1/quote-checks").then(), 400);
    }

    @Test
    void shouldLeaveImportBodiesToTheirOwnLargerCap() {
        // One line (an empty statement, padded with JSON whitespace) of 1.5 MB
        String lines = "{}" + " ".repeat(ONE_MEGABYTE + ONE_MEGABYTE / 2) + "\n";
        String key = ApiKeys.editor();
        ApiKeys.as(key).contentType("application/x-ndjson").body(lines.getBytes(java.nio.charset.StandardCharsets.UTF_8))
                .when().post("/api/v1/import")
                .then().statusCode(200)
                .body("failed", is(1));
    }
}
