package io.verbatim.search;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.verbatim.TestData;
import io.verbatim.domain.Slugs;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static io.verbatim.ProblemAssertions.assertInvalidParameter;
import static io.verbatim.TestData.source;
import static io.verbatim.TestData.statement;
import static io.verbatim.TestData.topic;
import static io.verbatim.TestData.unique;
import static io.verbatim.TestData.uniqueWord;
import static io.verbatim.search.SearchPages.allTexts;
import static io.verbatim.search.SearchPages.page;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;

/** Totals, facets, cursor paging and invalid parameters of GET /api/v1/statements. */
@QuarkusTest
class StatementSearchPagingTest {

    @Inject
    TestData data;

    @Test
    void shouldPageByRelevanceWithoutSkipsOrRepeatsWhileStatementsAreAdded() {
        String word = uniqueWord();
        String speaker = "Relevance Pager " + unique();
        List<TestData.Line> lines = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            lines.add(statement(speaker, (word + " ").repeat(1 + i % 3) + "number " + i, "2015-01-%02d".formatted(1 + i)));
        }
        data.store(lines.toArray(TestData.Line[]::new));

        List<String> texts = allTexts(Map.of("q", word, "limit", 3), () -> data.store(
                statement(speaker, (word + " ").repeat(5) + "added later", "2015-02-01"),
                statement(speaker, word + " added later too", "2015-02-02")));

        assertThat(texts).doesNotHaveDuplicates();
        assertThat(texts.stream().filter(text -> text.contains("number"))).hasSize(7);
    }

    @Test
    void shouldPageOldestFirstAcrossPages() {
        String speaker = "Oldest Pager " + unique();
        data.store(statement(speaker, "b", "2011-01-02"), statement(speaker, "a", "2011-01-01"),
                statement(speaker, "c", "2011-01-03"));
        List<String> texts = allTexts(Map.of("speaker", Slugs.of(speaker), "sort", "oldest", "limit", 2),
                () -> data.store(statement(speaker, "0", "2010-12-31"), statement(speaker, "d", "2011-01-04")));
        assertThat(texts).containsExactly("a", "b", "c", "d");
    }

    @Test
    void shouldCountAllMatchesInTotalNotOnlyThePage() {
        String word = uniqueWord();
        String speaker = "Total Speaker " + unique();
        List<TestData.Line> lines = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            lines.add(statement(speaker, word + " " + i, "2016-01-0" + (1 + i)));
        }
        data.store(lines.toArray(TestData.Line[]::new));

        JsonPath first = page(Map.of("q", word, "limit", 2), null);
        assertThat(first.getList("items")).hasSize(2);
        assertThat(first.getInt("total")).isEqualTo(5);
        JsonPath second = page(Map.of("q", word, "limit", 2), first.getString("nextCursor"));
        assertThat(second.getInt("total")).isEqualTo(5);
    }

    @Test
    void shouldCountFacetsOverAllMatches() {
        String word = uniqueWord();
        String suffix = unique();
        String alice = "Alice " + suffix;
        String bob = "Bob " + suffix;
        String topicName = "Budget " + suffix;
        data.store(
                statement(alice, word + " one", "2017-05-01").topics(topicName)
                        .sources(source("https://x.example/" + suffix + "/1", "Daily " + suffix, null),
                                source("https://y.example/" + suffix + "/1", "Weekly " + suffix, null)),
                statement(alice, word + " two", "2018-05-01").with("kind", "PARAPHRASE")
                        .sources(source("https://x.example/" + suffix + "/2", "daily " + suffix, null)),
                statement(bob, word + " three", "2018-06-01").topics(topic(topicName, "Money " + suffix)));

        JsonPath result = page(Map.of("q", word, "facets", "speaker,topic,outlet,year,kind", "limit", 1), null);

        assertThat(result.getInt("total")).isEqualTo(3);
        assertThat(result.getList("facets.speaker")).containsExactly(
                Map.of("value", Slugs.of(alice), "label", alice, "count", 2),
                Map.of("value", Slugs.of(bob), "label", bob, "count", 1));
        assertThat(result.getList("facets.topic")).containsExactly(
                Map.of("value", Slugs.of(topicName), "label", topicName, "count", 2));
        assertThat(result.getList("facets.outlet.count")).containsExactly(2, 1, 1);
        assertThat(result.getList("facets.outlet.label", String.class)).contains("Weekly " + suffix, "Example News");
        assertThat(result.getString("facets.outlet[0].label")).isEqualToIgnoringCase("Daily " + suffix);
        assertThat(result.getList("facets.year")).containsExactly(
                Map.of("value", "2018", "label", "2018", "count", 2),
                Map.of("value", "2017", "label", "2017", "count", 1));
        assertThat(result.getList("facets.kind")).containsExactly(
                Map.of("value", "DIRECT", "label", "DIRECT", "count", 2),
                Map.of("value", "PARAPHRASE", "label", "PARAPHRASE", "count", 1));
    }

    @Test
    void shouldKeepTheUnfilteredTotalEqualToACountedOne() {
        String speaker = "Counter " + unique();
        var retracted = statement(speaker, "Will be published later.", "2013-01-01").with("status", "RETRACTED");
        data.store(statement(speaker, "Counted.", "2013-01-02"), retracted,
                statement(speaker, "Stays retracted.", "2013-01-04").with("status", "RETRACTED"),
                statement(speaker, "Pending.", "2013-01-03").with("status", "PENDING_REVIEW"));
        data.store(statement(speaker, "Will be published later.", "2013-01-01").with("externalId", retracted.externalId()));

        for (String status : List.of("PUBLISHED", "RETRACTED", "PENDING_REVIEW")) {
            JsonPath fromCounters = page(Map.of("status", status), null);
            JsonPath counted = page(Map.of("status", status, "from", "0001-01-01"), null);
            assertThat(fromCounters.getString("totalRelation")).isEqualTo("eq");
            if (counted.getString("totalRelation").equals("eq")) {
                assertThat(fromCounters.getLong("total")).as(status).isEqualTo(counted.getLong("total")).isPositive();
            } else {
                // More statements than a search counts: the counted total is a lower bound.
                assertThat(fromCounters.getLong("total")).as(status).isGreaterThan(counted.getLong("total"));
            }
        }
    }

    @Test
    void shouldOmitFacetsNotAskedFor() {
        JsonPath result = page(Map.of("facets", "year"), null);
        assertThat(result.getMap("facets")).containsOnlyKeys("year");
        assertThat(page(Map.of(), null).getMap("facets")).isEmpty();
    }

    @Test
    void shouldRejectInvalidParametersNamingThem() {
        Map<String, Map<String, String>> cases = new HashMap<>();
        cases.put("limit", Map.of("limit", "1000"));
        cases.put("from", Map.of("from", "yesterday"));
        cases.put("sort", Map.of("sort", "sideways"));
        cases.put("facets", Map.of("facets", "speaker,colour"));
        cases.put("q", Map.of("q", "x".repeat(501)));
        cases.put("status", Map.of("status", "DELETED"));
        cases.put("kind", Map.of("kind", "direct"));
        cases.put("to", Map.of("from", "2020-01-02", "to", "2020-01-01"));
        cases.put("language", Map.of("language", "english please"));
        cases.put("outlet", Map.of("outlet", "o".repeat(201)));
        cases.forEach((parameter, parameters) -> assertInvalidParameter(
                given().queryParams(parameters).when().get("/api/v1/statements").then(), parameter));
        assertInvalidParameter(given().queryParam("sort", "relevance").when().get("/api/v1/statements").then(), "sort");
    }

    @Test
    void shouldRejectACursorUsedWithAnotherQueryOrSort() {
        String word = uniqueWord();
        String speaker = "Cursor Owner " + unique();
        data.store(statement(speaker, word + " a", "2014-01-01"), statement(speaker, word + " b", "2014-01-02"));
        String cursor = page(Map.of("q", word, "limit", 1), null).getString("nextCursor");
        assertThat(cursor).isNotNull();

        assertInvalidParameter(given().queryParam("q", word + " other").queryParam("cursor", cursor)
                .when().get("/api/v1/statements").then(), "cursor");
        assertInvalidParameter(given().queryParam("q", word).queryParam("sort", "newest").queryParam("cursor", cursor)
                .when().get("/api/v1/statements").then(), "cursor");
        given().queryParam("q", word).queryParam("limit", 1).queryParam("cursor", cursor)
                .when().get("/api/v1/statements").then().statusCode(200).body("items", hasSize(1))
                .body("nextCursor", is((Object) null));
    }
}
