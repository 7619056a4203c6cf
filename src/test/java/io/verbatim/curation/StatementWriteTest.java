package io.verbatim.curation;

import io.quarkus.test.junit.QuarkusTest;
import io.verbatim.ApiKeys;
import io.verbatim.TestData;
import io.verbatim.domain.Slugs;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static io.verbatim.ApiKeys.as;
import static io.verbatim.ProblemAssertions.assertProblem;
import static io.verbatim.TestData.unique;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.notNullValue;

/** Creating and validating statements over HTTP, with each role. */
@QuarkusTest
class StatementWriteTest {

    @Inject
    TestData data;

    static final String STATEMENTS = "/api/v1/statements";

    /** A valid body with an inline speaker, an inline topic and an inline source, all unique to the test. */
    static Map<String, Object> body(String speaker) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("text", "We will look into it.");
        body.put("kind", "DIRECT");
        body.put("speaker", new LinkedHashMap<>(Map.of("name", speaker, "kind", "PERSON")));
        body.put("saidOn", "2021-04-05");
        body.put("topics", List.of(Map.of("name", "Inquiries " + speaker)));
        body.put("sources", List.of(Map.of("url", "https://news.example.org/" + unique(), "outlet", "Example News",
                "attribution", "told reporters")));
        return body;
    }

    @Test
    void shouldAnswerAnonymousWritesWith401Problems() {
        String id = "3f2c1d4e-5b6a-4789-8abc-0123456789ab";
        assertProblem(given().contentType("application/json").body(body("Anon " + unique()))
                .when().post(STATEMENTS).then(), 401).header("WWW-Authenticate", is("Bearer realm=\"verbatim\""));
        assertProblem(given().contentType("application/json").body("{}").when().put(STATEMENTS + "/" + id).then(), 401);
        assertProblem(given().contentType("application/merge-patch+json").body("{}")
                .when().patch(STATEMENTS + "/" + id).then(), 401);
        assertProblem(given().when().delete(STATEMENTS + "/" + id).then(), 401);
        assertProblem(given().when().post(STATEMENTS + "/" + id + "/restore").then(), 401);
    }

    @Test
    void shouldCreateAStatementAsAnEditorWithLocationAndETag() {
        String speaker = "Creator " + unique();
        var created = as(ApiKeys.editor()).contentType("application/json").body(body(speaker))
                .when().post(STATEMENTS)
                .then().statusCode(201)
                .header("ETag", notNullValue())
                .body("status", is("PUBLISHED"))
                .body("version", is(0))
                .body("speaker.slug", is(Slugs.of(speaker)))
                .body("topics.name", contains("Inquiries " + speaker))
                .body("sources[0].attribution", is("told reporters"))
                .extract();
        String id = created.path("id");
        org.assertj.core.api.Assertions.assertThat(created.header("Location")).endsWith(STATEMENTS + "/" + id);
        org.assertj.core.api.Assertions.assertThat(created.header("ETag")).isEqualTo("\"" + id + "-0\"");

        given().when().get(STATEMENTS + "/" + id).then().statusCode(200)
                .header("ETag", is("\"" + id + "-0\""))
                .body("text", is("We will look into it."));
    }

    @Test
    void shouldLetAnAdminWriteAndReferToExistingSpeakersTopicsAndSourcesByIdOrSlug() {
        String speaker = "Referenced " + unique();
        String topic = "Referenced topic " + unique();
        String url = "https://news.example.org/" + unique();
        data.store(TestData.statement(speaker, "Stored first.", "2020-01-01").topics(topic)
                .sources(TestData.source(url, "Example News", null)));
        String speakerId = given().when().get("/api/v1/speakers/" + Slugs.of(speaker)).then().extract().path("id");

        Map<String, Object> body = body("Ignored " + unique());
        body.put("speaker", Slugs.of(speaker));
        body.put("onBehalfOf", Map.of("id", speakerId));
        body.put("topics", List.of(Slugs.of(topic)));
        body.put("sources", List.of(url));
        ApiKeys.asAdmin().contentType("application/json").body(body)
                .when().post(STATEMENTS)
                .then().statusCode(201)
                .body("speaker.id", is(speakerId))
                .body("onBehalfOf.id", is(speakerId))
                .body("topics.slug", contains(Slugs.of(topic)))
                .body("sources[0].url", is(url));
    }

    @Test
    void shouldRefuseServerSetFieldsNamingThem() {
        String editor = ApiKeys.editor();
        for (String field : List.of("id", "status", "version", "createdAt", "updatedAt")) {
            Map<String, Object> body = body("Setter " + unique());
            body.put(field, field.equals("version") ? 3 : "PUBLISHED");
            assertProblem(as(editor).contentType("application/json").body(body).when().post(STATEMENTS).then(), 400)
                    .body("type", is("/problems/invalid-body"))
                    .body("errors[0].field", is(field))
                    .body("errors[0].in", is("body"));
        }
    }

    @Test
    void shouldNameEachInvalidField() {
        Map<String, Object> body = body("Invalid " + unique());
        body.put("text", "");
        body.put("saidOn", "2999-01-01");
        body.put("language", "english!");
        body.put("sources", List.of(Map.of("url", "ftp://example.org/x", "outlet", "Example")));
        assertProblem(as(ApiKeys.editor()).contentType("application/json").body(body)
                .when().post(STATEMENTS).then(), 400)
                .body("type", is("/problems/invalid-body"))
                .body("errors.field", hasItems("text", "saidOn", "language", "sources[0].url"));
    }

    @Test
    void shouldRefuseAnEnumerationNotWrittenExactly() {
        Map<String, Object> body = body("Enum " + unique());
        body.put("kind", "direct");
        assertProblem(as(ApiKeys.editor()).contentType("application/json").body(body)
                .when().post(STATEMENTS).then(), 400)
                .body("errors.field", hasItem("kind"));
    }

    @Test
    void shouldRefuseAReferenceToAnUnknownSpeaker() {
        Map<String, Object> body = body("Unknown " + unique());
        // A bare string is a name (found or created, as in the import); an explicit slug must exist
        body.put("speaker", Map.of("slug", "nobody-" + unique()));
        assertProblem(as(ApiKeys.editor()).contentType("application/json").body(body)
                .when().post(STATEMENTS).then(), 400)
                .body("errors[0].field", is("speaker"));
    }
}
