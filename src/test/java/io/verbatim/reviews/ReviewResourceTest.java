package io.verbatim.reviews;

import io.quarkus.test.junit.QuarkusTest;
import io.verbatim.ApiKeys;
import io.verbatim.TestData;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

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
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

/** Reading, editing (ETags), linking by hand, listing and deleting reviews over HTTP. */
@QuarkusTest
class ReviewResourceTest {

    @Inject
    TestData data;

    @Test
    void shouldRefuseAnonymousWritesAndBadBodies() {
        assertProblem(given().contentType("application/json").body(review("A claim.", null))
                .when().post(REVIEWS).then(), 401);
        String editor = ApiKeys.editor();
        Map<String, Object> noUrl = review("A claim.", null);
        noUrl.remove("url");
        assertProblem(post(editor, noUrl), 400).body("errors.field", hasItem("url"));
        Map<String, Object> noClaim = review(" ", null);
        assertProblem(post(editor, noClaim), 400).body("errors.field", hasItem("claimReviewed"));
        Map<String, Object> ghost = review("A claim.", null);
        ghost.put("statement", "3f2c1d4e-5b6a-4789-8abc-0123456789ab");
        assertProblem(post(editor, ghost), 400).body("errors.field", hasItem("statement"));
        String infinite = "{\"claimReviewed\": \"Off the scale.\", \"url\": \"https://factcheck.example.org/"
                + unique() + "\", \"publisher\": {\"name\": \"Scale\"}, \"rating\": {\"value\": 3, \"worst\": 1E+400}}";
        assertProblem(as(editor).contentType("application/json").body(infinite).when().post(REVIEWS).then(), 400)
                .body("errors.field", hasItem("rating.worst"));
        Map<String, Object> first = review("A claim " + uniqueWord() + ".", null);
        post(editor, first).statusCode(201);
        assertProblem(post(editor, first), 409).body("errors.field", hasItem("url"));
    }

    @Test
    void shouldReadEditWithETagsLinkByHandAndDelete() {
        String editor = ApiKeys.editor();
        String speaker = "Manual " + unique();
        String text = "We " + uniqueWord() + " never promised a tax cut for everyone.";
        String statementId = stored(data, speaker, text, "2022-01-10");
        // A paraphrase: the quote check leaves it unlinked.
        String id = post(editor, review("They said taxes would fall for all", speaker))
                .statusCode(201).body("linked", is(false)).extract().path("id");
        String etag = given().when().get(REVIEWS + "/" + id).then().statusCode(200)
                .body("claimReviewed", is("They said taxes would fall for all"))
                .extract().header("ETag");
        assertThat(etag).isEqualTo("\"" + id + "-0\"");
        given().header("If-None-Match", etag).when().get(REVIEWS + "/" + id).then().statusCode(304);

        String patch = "{\"statement\": \"" + statementId + "\", \"rating\": {\"label\": \"Faux\"}}";
        assertProblem(as(editor).contentType("application/merge-patch+json").body(patch)
                .when().patch(REVIEWS + "/" + id).then(), 428);
        assertProblem(as(editor).contentType("application/merge-patch+json").header("If-Match", "\"" + id + "-7\"")
                .body(patch).when().patch(REVIEWS + "/" + id).then(), 412);
        String next = as(editor).contentType("application/merge-patch+json").header("If-Match", etag).body(patch)
                .when().patch(REVIEWS + "/" + id).then().statusCode(200)
                .body("linked", is(true))
                .body("match", is("MANUAL"))
                .body("statement.id", is(statementId))
                .body("verdict", is("FALSE"))
                .body("version", is(1))
                .extract().header("ETag");

        Map<String, Object> replaced = review("We never promised a tax cut for everyone", speaker);
        replaced.put("url", given().when().get(REVIEWS + "/" + id).then().extract().path("url"));
        replaced.put("verdict", "MIXED");
        as(editor).contentType("application/json").header("If-Match", next).body(replaced)
                .when().put(REVIEWS + "/" + id).then().statusCode(200)
                .body("match", is("NEAR"))
                .body("statement.id", is(statementId))
                .body("verdict", is("MIXED"))
                .body("verdictFrom", is("EDITOR"));

        given().queryParam("statement", statementId).when().get(REVIEWS).then().statusCode(200)
                .body("items.id", contains(id));
        assertProblem(as(editor).header("If-Match", next).when().delete(REVIEWS + "/" + id).then(), 412);
        as(editor).when().delete(REVIEWS + "/" + id).then().statusCode(204);
        assertProblem(given().when().get(REVIEWS + "/" + id).then(), 404);
    }

    @Test
    void shouldFilterByPublisherVerdictAndLinkAndPageWithACursor() {
        String editor = ApiKeys.editor();
        String publisher = "Checkers " + unique();
        for (int day = 1; day <= 5; day++) {
            Map<String, Object> body = review("Claim number " + day + " " + uniqueWord() + ".", null);
            body.put("publisher", Map.of("name", publisher));
            body.put("datePublished", "2021-06-0" + day);
            body.put("rating", Map.of("label", day % 2 == 0 ? "True" : "Pants on Fire!"));
            post(editor, body).statusCode(201);
        }
        given().queryParam("publisher", publisher.toUpperCase()).queryParam("verdict", "FALSE")
                .when().get(REVIEWS).then().statusCode(200)
                .body("items.datePublished", contains("2021-06-05", "2021-06-03", "2021-06-01"));
        String cursor = given().queryParam("publisher", publisher).queryParam("limit", 2).queryParam("linked", false)
                .when().get(REVIEWS).then().statusCode(200)
                .body("items.datePublished", contains("2021-06-05", "2021-06-04"))
                .body("nextCursor", not(nullValue()))
                .extract().path("nextCursor");
        given().queryParam("publisher", publisher).queryParam("limit", 2).queryParam("cursor", cursor)
                .when().get(REVIEWS).then().statusCode(200)
                .body("items.datePublished", contains("2021-06-03", "2021-06-02"));
        given().queryParam("publisher", publisher).queryParam("linked", true)
                .when().get(REVIEWS).then().statusCode(200).body("items", is(List.of()));
        given().queryParam("publisher", publisher).queryParam("from", "2021-06-02").queryParam("to", "2021-06-03")
                .when().get(REVIEWS).then().statusCode(200)
                .body("items.datePublished", contains("2021-06-03", "2021-06-02"));

        assertInvalidParameter(given().queryParam("verdict", "MAYBE").when().get(REVIEWS).then(), "verdict");
        assertInvalidParameter(given().queryParam("linked", "perhaps").when().get(REVIEWS).then(), "linked");
        assertInvalidParameter(given().queryParam("cursor", "forged").when().get(REVIEWS).then(), "cursor");
        assertInvalidParameter(given().queryParam("statement", "nope").when().get(REVIEWS).then(), "statement");
    }

    @Test
    void shouldUnlinkAWrongLinkForGoodThroughEditsAndReimportsUntilLinkedAgain() {
        String editor = ApiKeys.editor();
        String speaker = "Unlinked " + unique();
        String text = "The " + uniqueWord() + " tunnel will open to traffic before the end of the year.";
        String statementId = stored(data, speaker, text, "2022-02-01");
        String publisher = "Unlinkers " + unique();
        Map<String, Object> body = review(text, speaker);
        body.put("publisher", Map.of("name", publisher));
        var created = post(editor, body).statusCode(201).body("match", is("EXACT")).extract();
        String id = created.path("id");
        String path = REVIEWS + "/" + id;

        String etag = as(editor).contentType("application/merge-patch+json").header("If-Match", created.header("ETag"))
                .body("{\"statement\": null, \"unlinkedByEditor\": true}").when().patch(path).then().statusCode(200)
                .body("linked", is(false))
                .body("match", nullValue())
                .body("statement", nullValue())
                .body("unlinkedByEditor", is(true))
                .extract().header("ETag");
        // Out of the to-do list of unlinked reviews, yet listed.
        given().queryParam("publisher", publisher).queryParam("linked", false).when().get(REVIEWS).then()
                .statusCode(200).body("items", is(List.of()));
        given().queryParam("publisher", publisher).when().get(REVIEWS).then().body("items.id", contains(id));
        // Another edit does not ask the quote check again, nor does a re-import of the feed.
        etag = as(editor).contentType("application/merge-patch+json").header("If-Match", etag)
                .body("{\"rating\": {\"label\": \"True\"}}").when().patch(path).then().statusCode(200)
                .body("linked", is(false)).body("unlinkedByEditor", is(true)).body("verdict", is("TRUE"))
                .extract().header("ETag");
        String feed = """
                {"@type": "ClaimReview", "url": "%s", "claimReviewed": "%s", "publisher": {"name": "%s"},
                 "itemReviewed": {"author": {"name": "%s"}}, "reviewRating": {"alternateName": "Mostly true"}}
                """.formatted(body.get("url"), text, publisher, speaker);
        ReviewImportTest.importAs(editor, "application/ld+json", feed).statusCode(200)
                .body("linked", is(0)).body("unlinked", is(1)).body("failed", is(0));
        etag = given().when().get(path).then().statusCode(200)
                .body("linked", is(false)).body("unlinkedByEditor", is(true)).body("verdict", is("MOSTLY_TRUE"))
                .extract().header("ETag");

        // Naming a statement links it by hand; handing it back to the quote check links it as found.
        etag = as(editor).contentType("application/merge-patch+json").header("If-Match", etag)
                .body("{\"statement\": \"" + statementId + "\"}").when().patch(path).then().statusCode(200)
                .body("match", is("MANUAL")).body("unlinkedByEditor", is(false)).extract().header("ETag");
        as(editor).contentType("application/merge-patch+json").header("If-Match", etag)
                .body("{\"statement\": null}").when().patch(path).then().statusCode(200)
                .body("match", is("EXACT")).body("statement.id", is(statementId)).body("unlinkedByEditor", is(false));
        given().when().get(path + "/history").then().statusCode(200)
                .body("change", contains("UPDATED", "LINKED", "UPDATED", "UPDATED", "UNLINKED", "CREATED"));
    }
}
