package io.verbatim;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static io.verbatim.ProblemAssertions.assertProblem;
import static org.hamcrest.Matchers.is;

@QuarkusTest
class ProblemDetailsTest {

    @Test
    void shouldAnswerUnknownApiRouteWithNotFoundProblem() {
        assertProblem(given().when().get("/api/v1/no-such-thing").then(), 404)
                .body("title", is("Resource not found"));
    }

    @Test
    void shouldAnswerWrongMethodWithMethodNotAllowedProblem() {
        assertProblem(given().when().delete("/api/v1/statements").then(), 405)
                .body("type", is("/problems/method-not-allowed"));
    }

    @Test
    void shouldAnswerUnservableAcceptWithNotAcceptableProblem() {
        assertProblem(given().accept("image/png").when().get("/api/v1/statements").then(), 406);
    }
}
