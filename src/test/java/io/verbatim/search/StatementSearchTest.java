package io.verbatim.search;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import io.verbatim.TestData;
import io.verbatim.domain.Slugs;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static io.verbatim.TestData.source;
import static io.verbatim.TestData.statement;
import static io.verbatim.TestData.topic;
import static io.verbatim.TestData.unique;
import static io.verbatim.TestData.uniqueWord;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

/** Full text and filters of GET /api/v1/statements. */
@QuarkusTest
class StatementSearchTest {

    @Inject
    TestData data;

    private static ValidatableResponse search(Map<String, ?> parameters) {
        return given().queryParams(parameters).when().get("/api/v1/statements").then().statusCode(200);
    }

    @Test
    void shouldFindStemmedWordsAndRequireEveryWord() {
        String word = uniqueWord();
        String speaker = "Stem Speaker " + unique();
        data.store(statement(speaker, word + " is sanctioning the regime.", "2021-01-01"),
                statement(speaker, word + " talks about trade only.", "2021-01-02"),
                statement(speaker, "Sanctions without the marker word.", "2021-01-03"));

        search(Map.of("q", word + " sanctions"))
                .body("items.text", contains(word + " is sanctioning the regime."))
                .body("total", is(1));
    }

    @Test
    void shouldMatchExactPhrasesAlternativesAndExclusions() {
        String word = uniqueWord();
        String other = uniqueWord();
        String speaker = "Syntax Speaker " + unique();
        data.store(statement(speaker, word + " said the budget deficit grew.", "2021-02-01"),
                statement(speaker, word + " said the deficit budget grew.", "2021-02-02"),
                statement(speaker, other + " spoke of tariffs.", "2021-02-03"),
                statement(speaker, word + " spoke of tariffs too.", "2021-02-04"));

        search(Map.of("q", word + " \"budget deficit\""))
                .body("items.text", contains(word + " said the budget deficit grew."));
        search(Map.of("q", word + " or " + other, "sort", "newest"))
                .body("total", is(4));
        search(Map.of("q", word + " -tariffs", "sort", "oldest"))
                .body("items.text", contains(word + " said the budget deficit grew.", word + " said the deficit budget grew."));
    }

    @Test
    void shouldExcludeOnlyTheExactPhraseUnderAMinus() {
        String word = uniqueWord();
        String speaker = "Excluded Phrase Speaker " + unique();
        data.store(statement(speaker, word + " warned the trade deficit grew.", "2021-03-01"),
                statement(speaker, word + " saw the deficit of trade shrink.", "2021-03-02"),
                statement(speaker, word + " spoke of trade alone.", "2021-03-03"));

        // Only the statement with the words in that order is excluded, not every one holding both words.
        search(Map.of("q", word + " -\"trade deficit\"", "sort", "oldest"))
                .body("items.text", contains(word + " saw the deficit of trade shrink.", word + " spoke of trade alone."))
                .body("total", is(2))
                .body("totalRelation", is("eq"));
    }

    @Test
    void shouldIgnoreAccentsInTextAndQuery() {
        String word = uniqueWord();
        data.store(statement("Accent Speaker " + unique(), word + " visited Valparaíso and São Paulo.", "2021-03-01"));

        search(Map.of("q", word + " valparaiso sao"))
                .body("total", is(1))
                .body("items[0].highlight", containsString("<mark>Valparaíso</mark>"));
        search(Map.of("q", "VALPARAÍSO " + word)).body("total", is(1));
    }

    @Test
    void shouldHighlightEveryMatchAndEscapeTheRestOfTheText() {
        String word = uniqueWord();
        data.store(statement("Markup Speaker " + unique(), "<b>" + word + "</b> & sanctions, then " + word + " again.",
                "2021-04-01"));

        search(Map.of("q", word))
                .body("items[0].highlight", is("&lt;b&gt;<mark>" + word + "</mark>&lt;/b&gt; &amp; sanctions, then <mark>"
                        + word + "</mark> again."))
                .body("items[0].score.toFloat()", greaterThan(0f))
                .body("items[0].text", is("<b>" + word + "</b> & sanctions, then " + word + " again."));
    }

    @Test
    void shouldRankTextMatchesAboveContextMatches() {
        String word = uniqueWord();
        String speaker = "Rank Speaker " + unique();
        data.store(statement(speaker, "Something else entirely.", "2021-05-02").with("context", "said about " + word),
                statement(speaker, "The " + word + " matters, " + word + " indeed.", "2021-05-01"));

        search(Map.of("q", word))
                .body("items.text", contains("The " + word + " matters, " + word + " indeed.", "Something else entirely."));
        search(Map.of("q", word, "sort", "newest"))
                .body("items.text", contains("Something else entirely.", "The " + word + " matters, " + word + " indeed."));
    }

    @Test
    void shouldFindBySpeakerNameInTheText() {
        String word = uniqueWord();
        data.store(statement("Wilhelmina " + word, "Nothing that names her.", "2021-05-05"));
        search(Map.of("q", "wilhelmina " + word)).body("items.text", contains("Nothing that names her."));
    }

    @Test
    void shouldStemEachStatementInItsOwnLanguage() {
        String word = uniqueWord();
        String speaker = "Langue Speaker " + unique();
        data.store(statement(speaker, word + " : les sanctions économiques continuent.", "2021-06-01").with("language", "fr"),
                statement(speaker, word + " says the economy continues.", "2021-06-02").with("language", "en"));

        search(Map.of("q", word + " économique")).body("items.language", contains("fr"));
        search(Map.of("q", word + " continuing")).body("items.language", contains("en"));
        search(Map.of("q", word, "language", "fr")).body("total", is(1));
    }

    @Test
    void shouldFilterBySpeakerAndOnBehalfOfWithRepeatsAsAlternatives() {
        String suffix = unique();
        String aide = "Aide " + suffix;
        String boss = "Boss " + suffix;
        String other = "Other " + suffix;
        data.store(statement(aide, "For the boss.", "2021-07-01").with("onBehalfOf", Map.of("name", boss)),
                statement(boss, "By the boss.", "2021-07-02"),
                statement(other, "By someone else.", "2021-07-03"));
        String bossId = given().when().get("/api/v1/speakers/" + Slugs.of(boss)).then().extract().path("id");

        given().queryParam("speaker", Slugs.of(aide)).queryParam("speaker", bossId)
                .when().get("/api/v1/statements").then().statusCode(200)
                .body("items.text", contains("By the boss.", "For the boss."));
        search(Map.of("onBehalfOf", Slugs.of(boss))).body("items.text", contains("For the boss."));
        search(Map.of("onBehalfOf", bossId)).body("items.speaker.name", contains(aide));
    }

    @Test
    void shouldFilterByTopicIncludingItsDescendants() {
        String suffix = unique();
        String parent = "Defence " + suffix;
        String child = "Navy " + suffix;
        String speaker = "Topic Filter " + suffix;
        data.store(statement(speaker, "On ships.", "2021-08-01").topics(topic(child, parent)),
                statement(speaker, "On defence.", "2021-08-02").topics(parent),
                statement(speaker, "On nothing.", "2021-08-03"));

        search(Map.of("topic", Slugs.of(parent))).body("items.text", contains("On defence.", "On ships."))
                .body("total", is(2));
        search(Map.of("topic", Slugs.of(child))).body("items.text", contains("On ships.")).body("total", is(1));
    }

    @Test
    void shouldCountATopicsStatementsByTheirCurrentStatus() {
        String suffix = unique();
        String topicName = "Fisheries " + suffix;
        String speaker = "Topic Counter " + suffix;
        var changing = statement(speaker, "Will be retracted.", "2021-09-01").topics(topicName);
        data.store(changing, statement(speaker, "Stays.", "2021-09-02").topics(topicName, "Also " + suffix));
        String slug = Slugs.of(topicName);
        search(Map.of("topic", slug)).body("total", is(2));

        data.store(statement(speaker, "Will be retracted.", "2021-09-01").topics(topicName)
                .with("externalId", changing.externalId()).with("status", "RETRACTED"));

        search(Map.of("topic", slug)).body("total", is(1)).body("items.text", contains("Stays."));
        search(Map.of("topic", slug, "status", "RETRACTED")).body("total", is(1));
        search(Map.of("topic", slug, "status", "all")).body("total", is(2));
    }

    @Test
    void shouldFilterByOutletKindLanguageExternalIdAndDates() {
        String suffix = unique();
        String speaker = "Filter Speaker " + suffix;
        String outlet = "Gazette " + suffix;
        var inGazette = statement(speaker, "In the gazette.", "2019-06-15")
                .sources(source("https://gazette.example/" + suffix, outlet, "told the Gazette"));
        var written = statement(speaker, "A written release.", "2019-06-30").with("kind", "WRITTEN");
        var spanish = statement(speaker, "Una declaración.", "2019-07-01").with("language", "es-MX");
        data.store(inGazette, written, spanish);
        String slug = Slugs.of(speaker);

        search(Map.of("speaker", slug, "outlet", outlet.toUpperCase())).body("items.text", contains("In the gazette."));
        search(Map.of("speaker", slug, "kind", "WRITTEN")).body("items.text", contains("A written release."));
        search(Map.of("speaker", slug, "language", "es-mx")).body("items.text", contains("Una declaración."));
        search(Map.of("externalId", inGazette.externalId())).body("items.text", contains("In the gazette."));
        search(Map.of("speaker", slug, "from", "2019-06-30", "to", "2019-07-01"))
                .body("items.text", contains("Una declaración.", "A written release."));
        search(Map.of("speaker", slug, "to", "2019-06-15")).body("items.text", contains("In the gazette."));
    }

    @Test
    void shouldShowRetractedAndPendingOnlyWhenAskedFor() {
        String speaker = "Status Filter " + unique();
        data.store(statement(speaker, "Live.", "2020-09-01"),
                statement(speaker, "Withdrawn.", "2020-09-02").with("status", "RETRACTED"),
                statement(speaker, "Waiting.", "2020-09-03").with("status", "PENDING_REVIEW"));
        String slug = Slugs.of(speaker);

        search(Map.of("speaker", slug)).body("items.text", contains("Live."));
        search(Map.of("speaker", slug, "status", "RETRACTED")).body("items.text", contains("Withdrawn."));
        given().queryParam("speaker", slug).queryParam("status", "RETRACTED").queryParam("status", "PENDING_REVIEW")
                .when().get("/api/v1/statements").then().statusCode(200)
                .body("items.text", contains("Waiting.", "Withdrawn."))
                .body("items.status", containsInAnyOrder("RETRACTED", "PENDING_REVIEW"));
    }

    @Test
    void shouldAnswerEmptyResultForUnknownSpeakerOrTopic() {
        search(Map.of("speaker", "nobody-" + unique())).body("items", empty()).body("total", is(0))
                .body("nextCursor", is((Object) null));
        search(Map.of("topic", "no-topic-" + unique())).body("items", empty()).body("total", is(0));
        search(Map.of("speaker", "00000000-0000-4000-8000-000000000000")).body("items", empty());
    }

    @Test
    void shouldFindTheSampleQuotesOfTheSeedArticle() {
        search(Map.of("q", "sanctions", "speaker", "jeanne-shaheen"))
                .body("items.speaker.slug", contains("jeanne-shaheen"))
                .body("items[0].highlight", containsString("<mark>sanctioned</mark>"));
        search(Map.of("q", "\"nuclear weapons\"", "onBehalfOf", "rand-paul"))
                .body("items.speaker.slug", contains("sergio-gor"))
                .body("items[0].sources.outlet", containsInAnyOrder("The Daily Beast", "Roll Call"));
        search(Map.of("outlet", "roll call")).body("items.speaker.slug", everyItem(is("sergio-gor")));
        search(Map.of("q", "kremlin", "facets", "speaker"))
                .body("items.score", everyItem(notNullValue()))
                .body("items.highlight", everyItem(allOf(containsString("<mark>"), not(containsString("<b>")))));
    }

    @Test
    void shouldServeTheSameStatementInSearchResultsAsById() {
        String word = uniqueWord();
        var line = statement("Same Shape " + unique(), word + " keeps its shape.", "2020-10-10")
                .topics("Shapes " + word, "Forms " + word)
                .sources(source("https://a.example/" + word, "Outlet A", "first"),
                        source("https://b.example/" + word, "Outlet B", "second"))
                .with("onBehalfOf", Map.of("name", "Principal " + word));
        data.store(line);

        Map<String, Object> hit = search(Map.of("q", word)).extract().jsonPath().getMap("items[0]");
        String id = (String) hit.get("id");
        Map<String, Object> byId = given().when().get("/api/v1/statements/" + id).then().statusCode(200)
                .extract().jsonPath().getMap("$");
        hit.remove("score");
        hit.remove("highlight");
        org.assertj.core.api.Assertions.assertThat(hit).isEqualTo(byId);
        org.assertj.core.api.Assertions.assertThat(List.of(byId.keySet().toArray()))
                .doesNotContain("score", "highlight");
    }
}
