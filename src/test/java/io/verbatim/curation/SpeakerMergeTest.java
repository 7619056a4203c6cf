package io.verbatim.curation;

import io.quarkus.test.junit.QuarkusTest;
import io.verbatim.ApiKeys;
import io.verbatim.TestData;
import io.verbatim.domain.Slugs;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static io.verbatim.ApiKeys.as;
import static io.verbatim.ProblemAssertions.assertProblem;
import static io.verbatim.TestData.statement;
import static io.verbatim.TestData.unique;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.is;

/** Merging a duplicate speaker: statements move, names become aliases, the old slug redirects. */
@QuarkusTest
class SpeakerMergeTest {

    @Inject
    TestData data;

    @Test
    void shouldMoveStatementsKeepTheOldNameAsAliasAndRedirectTheOldSlug() {
        String tag = unique();
        String survivor = "Survivor " + tag;
        String duplicate = "Sen. Survivor " + tag;
        data.store(statement(survivor, "Said by the survivor.", "2020-01-01"),
                statement(duplicate, "Said by the duplicate.", "2020-01-02").speaker("aliases", List.of("S. " + tag)),
                statement("Aide " + tag, "Said for the duplicate.", "2020-01-03")
                        .with("onBehalfOf", Map.of("name", duplicate)));
        String oldSlug = Slugs.of(duplicate);
        String newSlug = Slugs.of(survivor);

        as(ApiKeys.editor()).contentType("application/json").body(Map.of("into", newSlug))
                .when().post("/api/v1/speakers/" + oldSlug + "/merge")
                .then().statusCode(200)
                .body("slug", is(newSlug))
                .body("aliases", hasItems(duplicate, "S. " + tag))
                .body("statementCount", is(2));

        given().redirects().follow(false).when().get("/api/v1/speakers/" + oldSlug)
                .then().statusCode(301).header("Location", endsWith("/api/v1/speakers/" + newSlug));
        given().redirects().follow(false).queryParam("limit", 5)
                .when().get("/api/v1/speakers/" + oldSlug + "/statements")
                .then().statusCode(301)
                .header("Location", endsWith("/api/v1/speakers/" + newSlug + "/statements?limit=5"));
        given().when().get("/api/v1/speakers/" + newSlug + "/statements")
                .then().statusCode(200)
                .body("items.text", containsInAnyOrder("Said by the survivor.", "Said by the duplicate."));
        given().when().get("/api/v1/speakers/" + Slugs.of("Aide " + tag) + "/statements")
                .then().body("items[0].onBehalfOf.slug", is(newSlug));
        given().queryParam("speaker", oldSlug).when().get("/api/v1/statements")
                .then().statusCode(200)
                .body("items.text", containsInAnyOrder("Said by the survivor.", "Said by the duplicate."));
        given().queryParam("onBehalfOf", oldSlug).when().get("/api/v1/statements")
                .then().statusCode(200).body("items.text", containsInAnyOrder("Said for the duplicate."));
        given().queryParam("q", "survivor " + tag + " duplicate").when().get("/api/v1/statements")
                .then().statusCode(200).body("items.speaker.slug", containsInAnyOrder(newSlug));
    }

    @Test
    void shouldKeepTheHistoryOfAMovedStatementReadable() {
        String tag = unique();
        String survivor = "Kept " + tag;
        String duplicate = "Kept Dup " + tag;
        data.store(statement(survivor, "Kept one.", "2020-01-01"), statement(duplicate, "Kept two.", "2020-01-02"));
        String id = given().when().get("/api/v1/speakers/" + Slugs.of(duplicate) + "/statements")
                .then().extract().path("items[0].id");
        String editorName = "Merger " + tag;
        as(ApiKeys.create("editor", editorName)).contentType("application/json")
                .body(Map.of("into", Slugs.of(survivor)))
                .when().post("/api/v1/speakers/" + Slugs.of(duplicate) + "/merge").then().statusCode(200);

        given().when().get("/api/v1/statements/" + id + "/history")
                .then().statusCode(200)
                .body("change", contains("UPDATED", "CREATED"))
                .body("author", contains(editorName, "system"))
                .body("statement.speaker.slug", contains(Slugs.of(survivor), Slugs.of(duplicate)));
    }

    @Test
    void shouldResolveTheOldNameToTheSurvivorInLaterImports() {
        String tag = unique();
        String survivor = "Later " + tag;
        String duplicate = "Later Dup " + tag;
        data.store(statement(survivor, "One.", "2020-01-01"), statement(duplicate, "Two.", "2020-01-02"));
        as(ApiKeys.editor()).contentType("application/json").body(Map.of("into", Slugs.of(survivor)))
                .when().post("/api/v1/speakers/" + Slugs.of(duplicate) + "/merge").then().statusCode(200);

        data.store(statement(duplicate, "Three.", "2020-01-03"));

        given().when().get("/api/v1/speakers/" + Slugs.of(survivor)).then().body("statementCount", is(3));
    }

    @Test
    void shouldRefuseMergesIntoUnknownSpeakersOrIntoItselfAndAnonymousMerges() {
        String speaker = "Alone " + unique();
        data.store(statement(speaker, "Alone.", "2020-01-01"));
        String slug = Slugs.of(speaker);
        String editor = ApiKeys.editor();
        assertProblem(as(editor).contentType("application/json").body(Map.of("into", "nobody-" + unique()))
                .when().post("/api/v1/speakers/" + slug + "/merge").then(), 400).body("errors[0].field", is("into"));
        assertProblem(as(editor).contentType("application/json").body(Map.of("into", slug))
                .when().post("/api/v1/speakers/" + slug + "/merge").then(), 409);
        assertProblem(given().contentType("application/json").body(Map.of("into", slug))
                .when().post("/api/v1/speakers/" + slug + "/merge").then(), 401);
        assertProblem(as(editor).contentType("application/json").body(Map.of("into", slug))
                .when().post("/api/v1/speakers/nobody-" + unique() + "/merge").then(), 404);
    }
}
