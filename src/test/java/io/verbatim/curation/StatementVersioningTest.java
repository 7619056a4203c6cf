package io.verbatim.curation;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import io.verbatim.ApiKeys;
import io.verbatim.domain.Slugs;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static io.restassured.RestAssured.given;
import static io.verbatim.ApiKeys.as;
import static io.verbatim.ProblemAssertions.assertProblem;
import static io.verbatim.TestData.unique;
import static io.verbatim.curation.StatementWriteTest.STATEMENTS;
import static io.verbatim.curation.StatementWriteTest.body;
import static org.hamcrest.Matchers.emptyString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

/** ETags, If-Match and If-None-Match, merge patches, retraction and restoration. */
@QuarkusTest
class StatementVersioningTest {

    private ExtractableResponse<Response> create(String editor, String speaker) {
        return as(editor).contentType("application/json").body(body(speaker))
                .when().post(STATEMENTS).then().statusCode(201).extract();
    }

    @Test
    void shouldAnswer304WhenIfNoneMatchNamesTheCurrentVersion() {
        var created = create(ApiKeys.editor(), "Cached " + unique());
        String id = created.path("id");
        String etag = created.header("ETag");

        given().header("If-None-Match", etag).when().get(STATEMENTS + "/" + id)
                .then().statusCode(304).header("ETag", is(etag)).body(is(emptyString()));
        given().header("If-None-Match", "\"" + id + "-99\"").when().get(STATEMENTS + "/" + id)
                .then().statusCode(200).header("ETag", is(etag));
    }

    @Test
    void shouldRequireIfMatchOnPutAndPatch() {
        String editor = ApiKeys.editor();
        String speaker = "Unconditional " + unique();
        String id = create(editor, speaker).path("id");

        assertProblem(as(editor).contentType("application/json").body(body(speaker))
                .when().put(STATEMENTS + "/" + id).then(), 428)
                .body("type", is("/problems/precondition-required"));
        assertProblem(as(editor).contentType("application/merge-patch+json").body(Map.of("context", "x"))
                .when().patch(STATEMENTS + "/" + id).then(), 428);
    }

    @Test
    void shouldRejectAStaleIfMatchWith412AndKeepTheNewerVersion() {
        String editor = ApiKeys.editor();
        String speaker = "Racer " + unique();
        var created = create(editor, speaker);
        String id = created.path("id");
        String original = created.header("ETag");

        Map<String, Object> first = body(speaker);
        first.put("text", "First correction.");
        String second = as(editor).contentType("application/json").header("If-Match", original).body(first)
                .when().put(STATEMENTS + "/" + id)
                .then().statusCode(200).body("version", is(1)).body("text", is("First correction."))
                .extract().header("ETag");
        org.assertj.core.api.Assertions.assertThat(second).isEqualTo("\"" + id + "-1\"");

        Map<String, Object> stale = body(speaker);
        stale.put("text", "A correction from a stale copy.");
        assertProblem(as(editor).contentType("application/json").header("If-Match", original).body(stale)
                .when().put(STATEMENTS + "/" + id).then(), 412)
                .body("type", is("/problems/precondition-failed"));
        assertProblem(as(editor).contentType("application/merge-patch+json").header("If-Match", original)
                .body(Map.of("context", "x")).when().patch(STATEMENTS + "/" + id).then(), 412);
        given().when().get(STATEMENTS + "/" + id).then().body("text", is("First correction."));
    }

    @Test
    void shouldMergePatchAndValidateTheResultAgain() {
        String editor = ApiKeys.editor();
        var created = create(editor, "Patched " + unique());
        String id = created.path("id");

        String etag = as(editor).contentType("application/merge-patch+json").header("If-Match", created.header("ETag"))
                .body("{\"speakerRole\": \"Mayor\", \"topics\": null, \"context\": \"at a hearing\"}")
                .when().patch(STATEMENTS + "/" + id)
                .then().statusCode(200)
                .body("speakerRole", is("Mayor"))
                .body("context", is("at a hearing"))
                .body("topics.size()", is(0))
                .body("text", is("We will look into it."))
                .body("version", is(1))
                .extract().header("ETag");

        assertProblem(as(editor).contentType("application/merge-patch+json").header("If-Match", etag)
                .body("{\"text\": null, \"saidOn\": \"2999-12-31\"}")
                .when().patch(STATEMENTS + "/" + id).then(), 400)
                .body("errors.field", hasItem("text"))
                .body("errors.field", hasItem("saidOn"));
        assertProblem(as(editor).contentType("application/merge-patch+json").header("If-Match", etag)
                .body("{\"status\": \"RETRACTED\"}")
                .when().patch(STATEMENTS + "/" + id).then(), 400)
                .body("errors[0].field", is("status"));
    }

    @Test
    void shouldRetractKeepingTheStatementReadableAndRestoreIt() {
        String editor = ApiKeys.editor();
        String speaker = "Retracted " + unique();
        String id = create(editor, speaker).path("id");
        String speakerStatements = "/api/v1/speakers/" + Slugs.of(speaker) + "/statements";
        given().when().get(speakerStatements).then().body("items.id", hasItem(id));

        as(editor).contentType("application/json").body(Map.of("reason", "Misattributed."))
                .when().delete(STATEMENTS + "/" + id)
                .then().statusCode(200)
                .body("status", is("RETRACTED"))
                .body("retractionReason", is("Misattributed."));
        given().when().get(STATEMENTS + "/" + id).then().statusCode(200).body("status", is("RETRACTED"));
        given().when().get(speakerStatements).then().body("items.id", not(hasItem(id)));

        as(editor).when().post(STATEMENTS + "/" + id + "/restore")
                .then().statusCode(200)
                .body("status", is("PUBLISHED"))
                .body("retractionReason", nullValue());
        given().when().get(speakerStatements).then().body("items.id", hasItem(id));
        assertProblem(as(editor).when().post(STATEMENTS + "/" + id + "/restore").then(), 409);
    }

    @Test
    void shouldRetractWithoutABody() {
        String editor = ApiKeys.editor();
        String id = create(editor, "Bodiless " + unique()).path("id");
        as(editor).when().delete(STATEMENTS + "/" + id)
                .then().statusCode(200).body("status", is("RETRACTED")).body("retractionReason", nullValue());
    }
}
