package io.verbatim.reviews;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.verbatim.ApiKeys;
import io.verbatim.TestData;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static io.verbatim.ApiKeys.as;
import static io.verbatim.ProblemAssertions.assertInvalidParameter;
import static io.verbatim.ProblemAssertions.assertProblem;
import static io.verbatim.TestData.unique;
import static io.verbatim.TestData.uniqueWord;
import static io.verbatim.reviews.ReviewLinkingTest.REVIEWS;
import static io.verbatim.reviews.ReviewLinkingTest.post;
import static io.verbatim.reviews.ReviewLinkingTest.review;
import static io.verbatim.reviews.ReviewLinkingTest.stored;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;

/** The history of a review through create, link and unlink by hand, edit and delete, with its authors. */
@QuarkusTest
class ReviewHistoryTest {

    static final String MERGE_PATCH = "application/merge-patch+json";

    @Inject
    TestData data;

    @Test
    void shouldListEveryRevisionNewestFirstWithAuthorsVersionsAndTheReviewAsItWas() {
        String importerName = "Review importer " + unique();
        String importer = ApiKeys.create("editor", importerName);
        String deskName = "Review desk " + unique();
        String desk = ApiKeys.create("editor", deskName);
        String speaker = "Audited " + unique();
        String statementId = stored(data, speaker, "The port of " + uniqueWord() + " will be finished by next spring.",
                "2022-02-01");

        // A paraphrase stays unlinked; the desk links it by hand, edits its rating, unlinks it, and deletes it.
        var created = post(importer, review("They promised the harbour for spring", speaker))
                .statusCode(201).extract();
        String id = created.path("id");
        String linked = as(desk).contentType(MERGE_PATCH).header("If-Match", created.header("ETag"))
                .body("{\"statement\": \"" + statementId + "\"}").when().patch(REVIEWS + "/" + id)
                .then().statusCode(200).body("match", is("MANUAL")).extract().header("ETag");
        String rated = as(desk).contentType(MERGE_PATCH).header("If-Match", linked)
                .body("{\"rating\": {\"label\": \"Faux\"}}").when().patch(REVIEWS + "/" + id)
                .then().statusCode(200).extract().header("ETag");
        String unlinked = as(desk).contentType(MERGE_PATCH).header("If-Match", rated)
                .body("{\"statement\": null}").when().patch(REVIEWS + "/" + id)
                .then().statusCode(200).body("linked", is(false)).extract().header("ETag");
        as(importer).header("If-Match", unlinked).when().delete(REVIEWS + "/" + id).then().statusCode(204);

        JsonPath history = given().when().get(REVIEWS + "/" + id + "/history").then().statusCode(200)
                .body("change", contains("DELETED", "UNLINKED", "UPDATED", "LINKED", "CREATED"))
                .body("author", contains(importerName, deskName, deskName, deskName, importerName))
                .body("authorRole", everyItem(is("editor")))
                .body("review.id", everyItem(is(id)))
                .body("review.version", contains(3, 3, 2, 1, 0))
                .body("review.match", contains(null, null, "MANUAL", "MANUAL", null))
                .body("review.verdict", contains("FALSE", "FALSE", "FALSE", "MOSTLY_FALSE", "MOSTLY_FALSE"))
                .body("[2].review.statement.id", is(statementId))
                .body("[2].review.statement.speaker.name", is(speaker))
                .body("[0].review.statement", nullValue())
                .extract().jsonPath();
        assertThat(history.getLong("[0].revision")).isGreaterThan(history.getLong("[1].revision"));
        // Each entry's version is the one the ETag of that state named.
        assertThat(unlinked).isEqualTo("\"" + id + "-" + history.getInt("[1].review.version") + "\"");
        assertThat(linked).isEqualTo("\"" + id + "-" + history.getInt("[3].review.version") + "\"");
    }

    @Test
    void shouldAnswer404ForAReviewThatNeverExistedAnd400ForABadId() {
        assertProblem(given().when().get(REVIEWS + "/3f2c1d4e-5b6a-4789-8abc-0123456789ab/history").then(), 404);
        assertInvalidParameter(given().when().get(REVIEWS + "/not-a-uuid/history").then(), "id");
    }
}
