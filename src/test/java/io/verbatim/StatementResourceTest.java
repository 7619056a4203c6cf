package io.verbatim;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static io.restassured.RestAssured.given;
import static io.verbatim.ProblemAssertions.assertInvalidParameter;
import static io.verbatim.ProblemAssertions.assertProblem;
import static io.verbatim.TestData.statement;
import static io.verbatim.TestData.unique;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.lessThanOrEqualTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

@QuarkusTest
class StatementResourceTest {

    @Inject
    TestData data;

    @Test
    void shouldServeEveryFieldOfAStatementById() {
        String speaker = "Ada Testperson " + unique();
        var line = statement(speaker, "We will not raise taxes.", "2020-03-04")
                .with("kind", "PARAPHRASE")
                .with("speakerRole", "Finance minister")
                .with("context", "said at a press conference")
                .with("datePrecision", "MONTH")
                .with("onBehalfOf", java.util.Map.of("name", "Principal " + speaker))
                .topics("Taxes " + speaker);
        data.store(line);
        String id = idOfExternal(line.externalId());

        given().when().get("/api/v1/statements/" + id)
                .then().statusCode(200)
                .body("id", is(id))
                .body("externalId", is(line.externalId()))
                .body("text", is("We will not raise taxes."))
                .body("kind", is("PARAPHRASE"))
                .body("language", is("en"))
                .body("speaker.name", is(speaker))
                .body("speaker.kind", is("PERSON"))
                .body("speaker.slug", is(io.verbatim.domain.Slugs.of(speaker)))
                .body("onBehalfOf.name", is("Principal " + speaker))
                .body("speakerRole", is("Finance minister"))
                .body("saidOn", is("2020-03-04"))
                .body("datePrecision", is("MONTH"))
                .body("context", is("said at a press conference"))
                .body("topics.name", contains("Taxes " + speaker))
                .body("sources", hasSize(1))
                .body("sources[0].outlet", is("Example News"))
                .body("sources[0].publishedOn", is("2020-01-02"))
                .body("status", is("PUBLISHED"))
                .body("retractionReason", nullValue())
                .body("createdAt", notNullValue())
                .body("updatedAt", notNullValue())
                .body("version", is(0));
    }

    @Test
    void shouldListNewestFirstAndPageByCursorWithoutSkipsOrRepeats() {
        String speaker = "Paging Person " + unique();
        data.store(
                statement(speaker, "First, oldest.", "2001-01-01"),
                statement(speaker, "Second.", "2002-02-02"),
                statement(speaker, "Third, same day A.", "2003-03-03"),
                statement(speaker, "Third, same day B.", "2003-03-03"),
                statement(speaker, "Fifth, newest.", "2004-04-04"));
        String slug = io.verbatim.domain.Slugs.of(speaker);

        List<String> texts = new ArrayList<>();
        List<String> dates = new ArrayList<>();
        String cursor = null;
        int pages = 0;
        do {
            var request = given().queryParam("limit", 2);
            if (cursor != null) {
                request.queryParam("cursor", cursor);
            }
            JsonPath page = request.when().get("/api/v1/speakers/" + slug + "/statements")
                    .then().statusCode(200).body("items.size()", lessThanOrEqualTo(2))
                    .extract().jsonPath();
            texts.addAll(page.getList("items.text"));
            dates.addAll(page.getList("items.saidOn"));
            cursor = page.getString("nextCursor");
            pages++;
        } while (cursor != null && pages < 10);

        assertThat(pages).isEqualTo(3);
        assertThat(texts).hasSize(5).doesNotHaveDuplicates();
        assertThat(texts.get(0)).isEqualTo("Fifth, newest.");
        assertThat(texts.get(4)).isEqualTo("First, oldest.");
        assertThat(dates).isSortedAccordingTo(java.util.Comparator.reverseOrder());
    }

    @Test
    void shouldNotRepeatItemsWhenStatementsAreAddedBetweenPages() {
        String speaker = "Growing Person " + unique();
        data.store(statement(speaker, "Old one.", "2010-01-01"), statement(speaker, "Older one.", "2009-01-01"),
                statement(speaker, "Oldest one.", "2008-01-01"));
        String slug = io.verbatim.domain.Slugs.of(speaker);

        JsonPath first = given().queryParam("limit", 2).when().get("/api/v1/speakers/" + slug + "/statements")
                .then().statusCode(200).extract().jsonPath();
        data.store(statement(speaker, "Brand new.", "2024-01-01"));
        JsonPath second = given().queryParam("limit", 2).queryParam("cursor", first.getString("nextCursor"))
                .when().get("/api/v1/speakers/" + slug + "/statements")
                .then().statusCode(200).extract().jsonPath();

        assertThat(first.getList("items.text", String.class)).containsExactly("Old one.", "Older one.");
        assertThat(second.getList("items.text", String.class)).containsExactly("Oldest one.");
        assertThat(second.getString("nextCursor")).isNull();
    }

    @Test
    void shouldListOnlyPublishedStatementsButServeOthersById() {
        String speaker = "Status Person " + unique();
        var retracted = statement(speaker, "I never said that.", "2015-05-05")
                .with("status", "RETRACTED").with("retractionReason", "Misattributed; the speaker was not present.");
        var pending = statement(speaker, "Pending words.", "2015-05-06").with("status", "PENDING_REVIEW");
        var published = statement(speaker, "Published words.", "2015-05-04");
        data.store(retracted, pending, published);

        given().when().get("/api/v1/speakers/" + io.verbatim.domain.Slugs.of(speaker) + "/statements")
                .then().statusCode(200)
                .body("items.text", contains("Published words."));
        given().when().get("/api/v1/statements/" + idOfExternal(retracted.externalId()))
                .then().statusCode(200)
                .body("status", is("RETRACTED"))
                .body("retractionReason", is("Misattributed; the speaker was not present."));
    }

    @Test
    void shouldAnswerDefaultPageSizeOfTwenty() {
        String speaker = "Many Words " + unique();
        var lines = new TestData.Line[25];
        for (int i = 0; i < lines.length; i++) {
            lines[i] = statement(speaker, "Statement number " + i, "2012-01-%02d".formatted(i + 1));
        }
        data.store(lines);
        given().when().get("/api/v1/speakers/" + io.verbatim.domain.Slugs.of(speaker) + "/statements")
                .then().statusCode(200)
                .body("items", hasSize(20))
                .body("nextCursor", notNullValue());
        given().when().get("/api/v1/statements")
                .then().statusCode(200)
                .body("items", hasSize(20));
    }

    @Test
    void shouldRejectLimitOutOfRangeOrNotANumber() {
        for (String limit : List.of("0", "101", "1000", "-1", "abc", "2.5")) {
            assertInvalidParameter(given().queryParam("limit", limit).when().get("/api/v1/statements").then(),
                    "limit");
        }
    }

    @Test
    void shouldRejectForgedCursor() {
        for (String cursor : List.of("not-a-cursor", "%%%", "djF8bmV3ZXN0fHg", "x".repeat(600))) {
            assertInvalidParameter(given().queryParam("cursor", cursor).when().get("/api/v1/statements").then(),
                    "cursor");
        }
    }

    @Test
    void shouldRejectCursorOfAnotherListing() {
        String topicCursor = given().queryParam("limit", 1).when().get("/api/v1/topics")
                .then().statusCode(200).extract().path("nextCursor");
        assertThat(topicCursor).isNotNull();
        assertInvalidParameter(given().queryParam("cursor", topicCursor).when().get("/api/v1/statements").then(),
                "cursor");
    }

    @Test
    void shouldAnswerNotFoundProblemForUnknownStatement() {
        assertProblem(given().when().get("/api/v1/statements/00000000-0000-4000-8000-000000000000").then(), 404)
                .body("type", is("/problems/not-found"))
                .body("instance", is("/api/v1/statements/00000000-0000-4000-8000-000000000000"));
    }

    @Test
    void shouldAnswerBadRequestProblemForMalformedId() {
        for (String id : List.of("123", "not-a-uuid", "00000000-0000-4000-8000-00000000000Z", "'%20OR%201=1")) {
            assertProblem(given().urlEncodingEnabled(false).when().get("/api/v1/statements/" + id).then(), 400)
                    .body("errors[0].field", is("id"))
                    .body("errors[0].in", is("path"));
        }
    }

    static String idOfExternal(String externalId) {
        return io.quarkus.narayana.jta.QuarkusTransaction.requiringNew().call(() ->
                io.verbatim.domain.Statement.<io.verbatim.domain.Statement>find("externalId", externalId)
                        .firstResult().id.toString());
    }
}
