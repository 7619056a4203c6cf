package io.verbatim.reviews;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.verbatim.ApiKeys;
import io.verbatim.TestData;
import io.verbatim.domain.Slugs;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static io.verbatim.ProblemAssertions.assertInvalidParameter;
import static io.verbatim.TestData.statement;
import static io.verbatim.TestData.unique;
import static io.verbatim.TestData.uniqueWord;
import static io.verbatim.reviews.ReviewLinkingTest.post;
import static io.verbatim.reviews.ReviewLinkingTest.review;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.is;

/** Statements carry their fact-checks; search filters and counts by verdict; quote checks show the reviews. */
@QuarkusTest
class StatementReviewsTest {

    static final String STATEMENTS = "/api/v1/statements";

    @Inject
    TestData data;

    @Test
    void shouldCarryReviewsInStatementsSearchAndQuoteChecks() {
        String word = uniqueWord();
        String speaker = "Reviewed " + unique();
        String checked = "The " + word + " budget doubled while crime fell by half in my four years.";
        String unchecked = "The " + word + " festival will return next summer with twice the stages.";
        data.store(statement(speaker, checked, "2023-05-02"), statement(speaker, unchecked, "2023-05-01"));
        String editor = ApiKeys.editor();
        Map<String, Object> falseReview = review(checked, speaker);
        falseReview.put("rating", Map.of("label", "Faux"));
        falseReview.put("publisher", Map.of("name", "Vérif Exemple"));
        falseReview.put("datePublished", "2023-05-10");
        String url = (String) falseReview.get("url");
        String id = post(editor, falseReview).statusCode(201).body("linked", is(true))
                .extract().path("statement.id");
        Map<String, Object> mixedReview = review(checked.substring(4, checked.indexOf(" while")), speaker);
        mixedReview.put("rating", Map.of("label", "Half true"));
        mixedReview.put("datePublished", "2023-05-08");
        post(editor, mixedReview).statusCode(201).body("match", is("EXCERPT"));

        given().when().get(STATEMENTS + "/" + id).then().statusCode(200)
                .body("reviews.verdict", contains("FALSE", "MIXED"))
                .body("reviews[0].publisher", is("Vérif Exemple"))
                .body("reviews[0].label", is("Faux"))
                .body("reviews[0].url", is(url));

        given().queryParam("q", word).queryParam("verdict", "FALSE").queryParam("verdict", "TRUE")
                .when().get(STATEMENTS).then().statusCode(200)
                .body("items.text", contains(checked));
        given().queryParam("q", word).queryParam("verdict", "TRUE").when().get(STATEMENTS).then().statusCode(200)
                .body("items", is(List.of()));
        given().queryParam("speaker", Slugs.of(speaker)).queryParam("reviewed", false)
                .when().get(STATEMENTS).then().statusCode(200)
                .body("items.text", contains(unchecked))
                .body("items[0].reviews", is(List.of()));
        given().queryParam("speaker", Slugs.of(speaker)).queryParam("reviewed", true)
                .when().get(STATEMENTS).then().statusCode(200)
                .body("items.text", contains(checked));
        given().queryParam("q", word).queryParam("facets", "verdict,kind").when().get(STATEMENTS).then()
                .statusCode(200)
                .body("facets.verdict.value", containsInAnyOrder("FALSE", "MIXED"))
                .body("facets.verdict.count", contains(1, 1));

        given().contentType(ContentType.JSON).body(Map.of("text", checked, "speaker", speaker))
                .when().post("/api/v1/quote-checks").then().statusCode(200)
                .body("verdict", is("VERIFIED"))
                .body("matches[0].statement.reviews.verdict", contains("FALSE", "MIXED"));

        assertInvalidParameter(given().queryParam("verdict", "SORT_OF").when().get(STATEMENTS).then(), "verdict");
        assertInvalidParameter(given().queryParam("reviewed", "maybe").when().get(STATEMENTS).then(), "reviewed");
    }

    @Test
    void shouldCarryReviewsInTheAnswerToAStatementWrite() {
        String speaker = "Written " + unique();
        String text = "We " + uniqueWord() + " will plant a million trees along the river.";
        data.store(statement(speaker, text, "2023-04-02"));
        String editor = ApiKeys.editor();
        String id = post(editor, review(text, speaker)).statusCode(201).extract().path("statement.id");
        String etag = given().when().get(STATEMENTS + "/" + id).then().extract().header("ETag");
        ApiKeys.as(editor).contentType("application/merge-patch+json").header("If-Match", etag)
                .body("{\"context\": \"said at a rally\"}")
                .when().patch(STATEMENTS + "/" + id).then().statusCode(200)
                .body("reviews.verdict", contains("MOSTLY_FALSE"));
    }
}
