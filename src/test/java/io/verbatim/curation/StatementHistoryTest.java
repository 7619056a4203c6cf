package io.verbatim.curation;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.verbatim.ApiKeys;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static io.restassured.RestAssured.given;
import static io.verbatim.ApiKeys.as;
import static io.verbatim.ProblemAssertions.assertProblem;
import static io.verbatim.TestData.unique;
import static io.verbatim.curation.StatementWriteTest.STATEMENTS;
import static io.verbatim.curation.StatementWriteTest.body;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.is;

/** The history of a statement after create, update, retract and restore, with its authors. */
@QuarkusTest
class StatementHistoryTest {

    @Test
    void shouldListEveryRevisionNewestFirstWithAuthorAndTheStatementAsItWas() {
        String editorName = "History editor " + unique();
        String editor = ApiKeys.create("editor", editorName);
        String adminName = "History admin " + unique();
        String admin = ApiKeys.create("admin", adminName);
        String speaker = "Historic " + unique();
        var created = as(editor).contentType("application/json").body(body(speaker))
                .when().post(STATEMENTS).then().statusCode(201).extract();
        String id = created.path("id");
        Map<String, Object> corrected = body(speaker);
        corrected.put("text", "We will look into it closely.");
        String etag = as(admin).contentType("application/json").header("If-Match", created.header("ETag"))
                .body(corrected).when().put(STATEMENTS + "/" + id).then().statusCode(200).extract().header("ETag");
        as(editor).contentType("application/json").header("If-Match", etag).body(Map.of("reason", "Misquoted."))
                .when().delete(STATEMENTS + "/" + id).then().statusCode(200);
        as(editor).when().post(STATEMENTS + "/" + id + "/restore").then().statusCode(200);

        JsonPath history = given().when().get(STATEMENTS + "/" + id + "/history")
                .then().statusCode(200)
                .body("change", contains("RESTORED", "RETRACTED", "UPDATED", "CREATED"))
                .body("author", contains(editorName, editorName, adminName, editorName))
                .body("authorRole", contains("editor", "editor", "admin", "editor"))
                .body("statement.id", everyItem(is(id)))
                .body("statement.text", contains("We will look into it closely.", "We will look into it closely.",
                        "We will look into it closely.", "We will look into it."))
                .body("statement.status", contains("PUBLISHED", "RETRACTED", "PUBLISHED", "PUBLISHED"))
                .body("statement.version", contains(3, 2, 1, 0))
                .body("[1].statement.retractionReason", is("Misquoted."))
                .body("[3].statement.speaker.name", is(speaker))
                .extract().jsonPath();
        assertThat(history.getLong("[0].revision")).isGreaterThan(history.getLong("[1].revision"));
        assertThat(history.getString("[3].statement.sources[0].outlet")).isEqualTo("Example News");
    }

    @Test
    void shouldAttributeTheSampleDataToSystem() {
        String id = given().when().get("/api/v1/speakers/jeanne-shaheen/statements")
                .then().statusCode(200).extract().path("items[0].id");
        given().when().get(STATEMENTS + "/" + id + "/history")
                .then().statusCode(200)
                .body("author", contains("system"))
                .body("change", contains("CREATED"));
    }

    @Test
    void shouldAnswer404ForTheHistoryOfAnUnknownStatement() {
        assertProblem(given().when().get(STATEMENTS + "/3f2c1d4e-5b6a-4789-8abc-0123456789ab/history").then(), 404);
    }
}
