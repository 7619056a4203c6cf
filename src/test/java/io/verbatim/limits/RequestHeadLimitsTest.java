package io.verbatim.limits;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static io.verbatim.ProblemAssertions.assertProblem;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;

/** Issue 17 point 4: an over-long request line (414) or header block (431) is a problem, like every other error. */
@QuarkusTest
class RequestHeadLimitsTest {

    @Test
    void shouldAnswerAnOverLongRequestLineWithAProblem() {
        assertProblem(given().queryParam("q", "a".repeat(5000)).when().get("/api/v1/statements").then(), 414)
                .body("type", is("/problems/uri-too-long"))
                .body("title", is("Request line too long"))
                .body("detail", containsString("at most 4096"))
                .body("instance", is("/api/v1/statements"));
        // Far past the service's limit, still below Vert.x's own ceiling: the same problem, on any path
        assertProblem(given().queryParam("x", "b".repeat(200_000)).when().get("/check.html").then(), 414)
                .body("type", is("/problems/uri-too-long"));
    }

    @Test
    void shouldAnswerOverLongHeadersWithAProblem() {
        assertProblem(given().header("X-Padding", "c".repeat(25_000)).when().get("/api/v1/topics").then(), 431)
                .body("type", is("/problems/request-header-fields-too-large"))
                .body("title", is("Request headers too large"))
                .body("detail", containsString("at most 20480"));
    }

    @Test
    void shouldLetRequestsWithinTheLimitsThrough() {
        // A long query under the line limit reaches the resource, which checks q's own bound (500 characters)
        assertProblem(given().queryParam("q", "d".repeat(3000)).when().get("/api/v1/statements").then(), 400)
                .body("errors[0].field", is("q"));
        given().header("X-Padding", "e".repeat(15_000)).when().get("/api/v1/topics").then().statusCode(200);
    }
}
