package io.verbatim;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static io.verbatim.ProblemAssertions.assertProblem;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

/** The web pages served from META-INF/resources: HTML at /, their scripts, and their policy kept off the API. */
@QuarkusTest
class WebPagesTest {

    @Test
    void shouldServeTheSearchPageAtTheRootAsHtmlWithAStrictContentSecurityPolicy() {
        given().when().get("/")
                .then().statusCode(200)
                .contentType(startsWith("text/html"))
                .header("Content-Security-Policy", containsString("script-src 'self'"))
                .header("Content-Security-Policy", containsString("frame-ancestors 'none'"))
                .header("X-Content-Type-Options", is("nosniff"))
                .body(containsString("<form id=\"search-form\" role=\"search\""))
                .body(containsString("<script type=\"module\" src=\"assets/search.js\"></script>"));
    }

    @Test
    void shouldServeTheStatementAndQuoteCheckPages() {
        given().when().get("/statement.html").then().statusCode(200).contentType(startsWith("text/html"))
                .header("Content-Security-Policy", containsString("default-src 'none'"))
                .body(containsString("assets/statement.js"));
        given().when().get("/check.html").then().statusCode(200).contentType(startsWith("text/html"))
                .body(containsString("<textarea id=\"text\""));
    }

    @Test
    void shouldServeThePageScriptsAsJavaScriptSoThatNosniffLetsThemRun() {
        given().when().get("/assets/search.js")
                .then().statusCode(200)
                .contentType(startsWith("text/javascript"))
                .body(containsString("/statements"));
    }

    @Test
    void shouldKeepThePagePolicyOffTheApiAndAnswerUnknownPagesWithAProblem() {
        given().when().get("/api/v1/topics")
                .then().statusCode(200)
                .header("Content-Security-Policy", nullValue())
                .contentType(not(startsWith("text/html")));
        assertProblem(given().when().get("/no-such-page.html").then(), 404);
    }
}
