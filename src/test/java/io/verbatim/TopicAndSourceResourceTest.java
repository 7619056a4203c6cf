package io.verbatim;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.verbatim.domain.Slugs;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static io.verbatim.ApiKeys.as;
import static io.verbatim.ProblemAssertions.assertProblem;
import static io.verbatim.TestData.source;
import static io.verbatim.TestData.statement;
import static io.verbatim.TestData.topic;
import static io.verbatim.TestData.unique;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;

@QuarkusTest
class TopicAndSourceResourceTest {

    @Inject
    TestData data;

    @Test
    void shouldCountStatementsOfSubtopicsOnceInTheParent() {
        String suffix = unique();
        String parent = "Economy " + suffix;
        String child = "Inflation " + suffix;
        String speaker = "Topic Speaker " + suffix;
        data.store(
                statement(speaker, "About the child only.", "2020-01-01").topics(topic(child, parent)),
                statement(speaker, "About both.", "2020-01-02").topics(topic(child, parent), parent),
                statement(speaker, "About the parent only.", "2020-01-03").topics(parent),
                statement(speaker, "Retracted, not counted.", "2020-01-04").topics(child).with("status", "RETRACTED"));

        given().when().get("/api/v1/topics/" + Slugs.of(child))
                .then().statusCode(200)
                .body("name", is(child))
                .body("parent.slug", is(Slugs.of(parent)))
                .body("parent.name", is(parent))
                .body("statementCount", is(2));
        given().when().get("/api/v1/topics/" + Slugs.of(parent))
                .then().statusCode(200)
                .body("parent", nullValue())
                .body("statementCount", is(3));

        String childOnly = given().queryParam("topic", Slugs.of(child)).queryParam("q", "child only")
                .when().get("/api/v1/statements")
                .then().statusCode(200).body("items", hasSize(1)).extract().path("items[0].id");
        String editor = ApiKeys.editor();
        as(editor).contentType("application/json").body(Map.of("reason", "Misattributed."))
                .when().delete("/api/v1/statements/" + childOnly).then().statusCode(200);
        assertStatementCounts(child, 1, parent, 2);
        as(editor).when().post("/api/v1/statements/" + childOnly + "/restore").then().statusCode(200);
        assertStatementCounts(child, 2, parent, 3);
    }

    private static void assertStatementCounts(String child, int childCount, String parent, int parentCount) {
        given().when().get("/api/v1/topics/" + Slugs.of(child)).then().statusCode(200)
                .body("statementCount", is(childCount));
        given().when().get("/api/v1/topics/" + Slugs.of(parent)).then().statusCode(200)
                .body("statementCount", is(parentCount));
    }

    @Test
    void shouldListTopicsOfTheSampleDataWithParents() {
        List<Map<String, Object>> topics = new ArrayList<>();
        String cursor = null;
        do {
            var request = given().queryParam("limit", 100);
            if (cursor != null) {
                request.queryParam("cursor", cursor);
            }
            JsonPath page = request.when().get("/api/v1/topics").then().statusCode(200).extract().jsonPath();
            topics.addAll(page.getList("items"));
            cursor = page.getString("nextCursor");
        } while (cursor != null);

        Map<String, Object> sanctions = topics.stream()
                .filter(topic -> "russia-sanctions".equals(topic.get("slug"))).findFirst().orElseThrow();
        assertThat(sanctions.get("parent")).isEqualTo(Map.of("slug", "foreign-policy", "name", "Foreign policy"));
        assertThat((Integer) sanctions.get("statementCount")).isGreaterThanOrEqualTo(2);
        assertThat(topics).extracting(topic -> (String) topic.get("slug")).isSorted().doesNotHaveDuplicates();
    }

    @Test
    void shouldFindTopicBySlugWrittenLoosely() {
        given().when().get("/api/v1/topics/Russia Sanctions")
                .then().statusCode(200).body("slug", is("russia-sanctions"));
    }

    @Test
    void shouldAnswerNotFoundForUnknownTopic() {
        assertProblem(given().when().get("/api/v1/topics/no-such-topic-" + unique()).then(), 404);
    }

    @Test
    void shouldServeSourceByIdAndShareItAcrossStatements() {
        String url = "https://paper.example.com/story/" + unique();
        String speaker = "Source Speaker " + unique();
        data.store(statement(speaker, "One.", "2020-02-01").sources(source(url, "The Paper", "told The Paper")),
                statement(speaker, "Two.", "2020-02-02").sources(source(url, "The Paper", "said in an interview")));

        JsonPath statements = given().when().get("/api/v1/speakers/" + Slugs.of(speaker) + "/statements")
                .then().statusCode(200).extract().jsonPath();
        List<String> sourceIds = statements.getList("items.collect { it.sources[0].id }");
        assertThat(sourceIds).hasSize(2).containsOnly(sourceIds.get(0));
        assertThat(statements.getList("items.collect { it.sources[0].attribution }", String.class))
                .containsExactly("said in an interview", "told The Paper");

        given().when().get("/api/v1/sources/" + sourceIds.get(0))
                .then().statusCode(200)
                .body("url", is(url))
                .body("outlet", is("The Paper"))
                .body("title", is("A story about The Paper"))
                .body("publishedOn", is("2020-01-02"))
                .body("author", nullValue());
    }

    @Test
    void shouldAnswerProblemsForUnknownOrMalformedSource() {
        assertProblem(given().when().get("/api/v1/sources/00000000-0000-4000-8000-000000000000").then(), 404);
        assertProblem(given().when().get("/api/v1/sources/daily-beast").then(), 400)
                .body("errors[0].field", is("id"));
    }
}
