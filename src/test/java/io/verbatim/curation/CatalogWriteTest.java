package io.verbatim.curation;

import io.quarkus.test.junit.QuarkusTest;
import io.verbatim.ApiKeys;
import io.verbatim.domain.Slugs;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static io.verbatim.ApiKeys.as;
import static io.verbatim.ProblemAssertions.assertProblem;
import static io.verbatim.TestData.unique;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;

/** Creating and replacing speakers, topics and sources, with ETags. */
@QuarkusTest
class CatalogWriteTest {

    @Test
    void shouldCreateAndReplaceASpeakerWithIfMatch() {
        String editor = ApiKeys.editor();
        String name = "Catalogued " + unique();
        String slug = Slugs.of(name);
        Map<String, Object> speaker = Map.of("name", name, "kind", "PERSON", "aliases", List.of("C. " + name),
                "roles", List.of(Map.of("title", "Mayor", "from", "2019-01-01")));
        var created = as(editor).contentType("application/json").body(speaker)
                .when().post("/api/v1/speakers")
                .then().statusCode(201)
                .header("Location", endsWith("/api/v1/speakers/" + slug))
                .body("slug", is(slug)).body("version", is(0)).body("roles.title", contains("Mayor"))
                .extract();
        String etag = created.header("ETag");
        given().header("If-None-Match", etag).when().get("/api/v1/speakers/" + slug).then().statusCode(304);
        assertProblem(as(editor).contentType("application/json").body(speaker)
                .when().post("/api/v1/speakers").then(), 409);
        assertProblem(as(editor).contentType("application/json").body(Map.of("name", name + " 2", "slug", "mine"))
                .when().post("/api/v1/speakers").then(), 400)
                .body("errors[0].field", is("slug"))
                .body("errors[0].detail", is("is set by the server and cannot be written"));

        Map<String, Object> renamed = Map.of("name", name + " Jr.", "kind", "PERSON", "wikidataId", "Q42",
                "description", "Renamed.");
        assertProblem(as(editor).contentType("application/json").body(renamed)
                .when().put("/api/v1/speakers/" + slug).then(), 428);
        String newEtag = as(editor).contentType("application/json").header("If-Match", etag).body(renamed)
                .when().put("/api/v1/speakers/" + slug)
                .then().statusCode(200)
                .body("slug", is(slug)).body("name", is(name + " Jr.")).body("aliases.size()", is(0))
                .body("wikidataId", is("Q42")).body("version", is(1))
                .extract().header("ETag");
        assertProblem(as(editor).contentType("application/json").header("If-Match", etag).body(renamed)
                .when().put("/api/v1/speakers/" + slug).then(), 412);
        given().when().get("/api/v1/speakers/" + slug).then().statusCode(200).header("ETag", is(newEtag));
    }

    @Test
    void shouldCreateTopicsUnderAParentAndRefuseACycle() {
        String editor = ApiKeys.editor();
        String parent = "Parent " + unique();
        String child = "Child " + unique();
        as(editor).contentType("application/json").body(Map.of("name", parent))
                .when().post("/api/v1/topics").then().statusCode(201).body("parent", nullValue());
        String childEtag = as(editor).contentType("application/json")
                .body(Map.of("name", child, "parent", Slugs.of(parent)))
                .when().post("/api/v1/topics")
                .then().statusCode(201).body("parent.slug", is(Slugs.of(parent))).extract().header("ETag");
        String parentEtag = given().when().get("/api/v1/topics/" + Slugs.of(parent)).then().extract().header("ETag");

        assertProblem(as(editor).contentType("application/json").header("If-Match", parentEtag)
                .body(Map.of("name", parent, "parent", Slugs.of(child)))
                .when().put("/api/v1/topics/" + Slugs.of(parent)).then(), 400)
                .body("errors[0].field", is("parent"));
        as(editor).contentType("application/json").header("If-Match", childEtag)
                .body(Map.of("name", child + " renamed"))
                .when().put("/api/v1/topics/" + Slugs.of(child))
                .then().statusCode(200).body("name", is(child + " renamed")).body("parent", nullValue());
    }

    @Test
    void shouldCreateAndReplaceSourcesUniqueByUrl() {
        String editor = ApiKeys.editor();
        String url = "https://news.example.org/" + unique();
        Map<String, Object> source = Map.of("url", url, "outlet", "Example News", "publishedOn", "2020-01-01");
        var created = as(editor).contentType("application/json").body(source)
                .when().post("/api/v1/sources").then().statusCode(201).body("url", is(url)).extract();
        String id = created.path("id");
        assertProblem(as(editor).contentType("application/json").body(source)
                .when().post("/api/v1/sources").then(), 409);
        assertProblem(as(editor).contentType("application/json")
                .body(Map.of("url", "javascript:alert(1)", "outlet", "X"))
                .when().post("/api/v1/sources").then(), 400).body("errors.field", hasItem("url"));

        as(editor).contentType("application/json").header("If-Match", created.header("ETag"))
                .body(Map.of("url", url, "outlet", "Example News", "title", "Now with a title"))
                .when().put("/api/v1/sources/" + id)
                .then().statusCode(200).body("title", is("Now with a title")).body("version", is(1));
    }

    @Test
    void shouldMergePatchSpeakersTopicsAndSourcesWithIfMatch() {
        String editor = ApiKeys.editor();
        String name = "Patched speaker " + unique();
        String speakerEtag = as(editor).contentType("application/json")
                .body(Map.of("name", name, "aliases", List.of("P. " + name), "description", "To be removed."))
                .when().post("/api/v1/speakers").then().statusCode(201).extract().header("ETag");
        assertProblem(as(editor).contentType("application/merge-patch+json").body("{\"description\": null}")
                .when().patch("/api/v1/speakers/" + Slugs.of(name)).then(), 428);
        as(editor).contentType("application/merge-patch+json").header("If-Match", speakerEtag)
                .body("{\"description\": null, \"kind\": \"ORGANIZATION\"}")
                .when().patch("/api/v1/speakers/" + Slugs.of(name))
                .then().statusCode(200)
                .body("description", nullValue()).body("kind", is("ORGANIZATION"))
                .body("aliases", contains("P. " + name)).body("version", is(1));

        String topic = "Patched topic " + unique();
        String topicEtag = as(editor).contentType("application/json").body(Map.of("name", topic))
                .when().post("/api/v1/topics").then().statusCode(201).extract().header("ETag");
        assertProblem(as(editor).contentType("application/merge-patch+json").header("If-Match", topicEtag)
                .body("{\"name\": \"\"}").when().patch("/api/v1/topics/" + Slugs.of(topic)).then(), 400)
                .body("errors[0].field", is("name"));

        String url = "https://news.example.org/" + unique();
        var source = as(editor).contentType("application/json").body(Map.of("url", url, "outlet", "Example News"))
                .when().post("/api/v1/sources").then().statusCode(201).extract();
        as(editor).contentType("application/merge-patch+json").header("If-Match", source.header("ETag"))
                .body("{\"title\": \"Patched title\"}")
                .when().patch("/api/v1/sources/" + source.path("id"))
                .then().statusCode(200).body("title", is("Patched title")).body("url", is(url));
    }

    @Test
    void shouldAnswerAnonymousCatalogWritesWith401() {
        assertProblem(given().contentType("application/json").body(Map.of("name", "x"))
                .when().post("/api/v1/speakers").then(), 401);
        assertProblem(given().contentType("application/json").body(Map.of("name", "x"))
                .when().post("/api/v1/topics").then(), 401);
        assertProblem(given().contentType("application/json").body(Map.of("url", "https://x.org", "outlet", "x"))
                .when().put("/api/v1/sources/3f2c1d4e-5b6a-4789-8abc-0123456789ab").then(), 401);
    }
}
