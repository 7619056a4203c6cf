package io.verbatim.search;

import io.quarkus.test.junit.QuarkusTest;
import io.verbatim.TestData;
import io.verbatim.domain.Slugs;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static io.restassured.RestAssured.given;
import static io.verbatim.TestData.statement;
import static io.verbatim.TestData.unique;
import static io.verbatim.TestData.uniqueWord;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.is;

/** "By or on behalf of": the attributedTo filter of the search and the export, and the speaker's two counts. */
@QuarkusTest
class AttributedToTest {

    @Inject
    TestData data;

    private record People(String boss, String aide, String other) {
    }

    /** The boss says one thing, the aide one for the boss and one of their own, someone else one. */
    private People storeFourStatements(String word) {
        String suffix = unique();
        People people = new People("Boss " + suffix, "Aide " + suffix, "Other " + suffix);
        data.store(statement(people.aide(), word + " for the boss.", "2021-07-01")
                        .with("onBehalfOf", Map.of("name", people.boss())),
                statement(people.boss(), word + " by the boss.", "2021-07-02"),
                statement(people.aide(), word + " by the aide alone.", "2021-07-03"),
                statement(people.other(), word + " by someone else.", "2021-07-04"));
        return people;
    }

    @Test
    void shouldFindStatementsByOrOnBehalfOfTheSpeakerBySlugOrId() {
        String word = uniqueWord();
        People people = storeFourStatements(word);
        String bossId = given().when().get("/api/v1/speakers/" + Slugs.of(people.boss())).then().extract().path("id");

        given().queryParam("attributedTo", Slugs.of(people.boss())).when().get("/api/v1/statements")
                .then().statusCode(200)
                .body("items.text", contains(word + " by the boss.", word + " for the boss."))
                .body("items.speaker.name", contains(people.boss(), people.aide()))
                .body("items[1].onBehalfOf.name", is(people.boss()))
                .body("total", is(2));
        given().queryParam("attributedTo", bossId).queryParam("q", word).when().get("/api/v1/statements")
                .then().statusCode(200).body("total", is(2));
        // The exact filter still means who spoke.
        given().queryParam("speaker", Slugs.of(people.boss())).when().get("/api/v1/statements")
                .then().statusCode(200).body("items.text", contains(word + " by the boss."));
    }

    @Test
    void shouldTreatRepeatedAttributedToAsAlternativesAndCombineWithOtherFilters() {
        String word = uniqueWord();
        People people = storeFourStatements(word);

        given().queryParam("attributedTo", Slugs.of(people.boss())).queryParam("attributedTo", Slugs.of(people.other()))
                .queryParam("facets", "speaker").when().get("/api/v1/statements").then().statusCode(200)
                .body("items.text", containsInAnyOrder(word + " by someone else.", word + " by the boss.",
                        word + " for the boss."))
                .body("facets.speaker.label", containsInAnyOrder(people.boss(), people.aide(), people.other()));
        // AND with the exact speaker: what the aide said for the boss, not the aide's own words.
        given().queryParam("attributedTo", Slugs.of(people.boss())).queryParam("speaker", Slugs.of(people.aide()))
                .when().get("/api/v1/statements").then().statusCode(200)
                .body("items.text", contains(word + " for the boss."));
        given().queryParam("attributedTo", "nobody-" + unique()).when().get("/api/v1/statements")
                .then().statusCode(200).body("items", empty()).body("total", is(0));
    }

    @Test
    void shouldExportWhatTheSearchFinds() {
        String word = uniqueWord();
        People people = storeFourStatements(word);

        String ndjson = given().queryParam("attributedTo", Slugs.of(people.boss())).accept("application/x-ndjson")
                .when().get("/api/v1/export").then().statusCode(200).extract().asString();
        org.assertj.core.api.Assertions.assertThat(ndjson.lines().toList()).hasSize(2)
                .anySatisfy(line -> org.assertj.core.api.Assertions.assertThat(line).contains(word + " for the boss."))
                .anySatisfy(line -> org.assertj.core.api.Assertions.assertThat(line).contains(word + " by the boss."));
    }

    @Test
    void shouldCountStatementsByTheSpeakerAndOnTheirBehalfSeparately() {
        People people = storeFourStatements(uniqueWord());

        given().when().get("/api/v1/speakers/" + Slugs.of(people.boss())).then().statusCode(200)
                .body("statementCount", is(1)).body("onBehalfCount", is(1));
        given().when().get("/api/v1/speakers/" + Slugs.of(people.aide())).then().statusCode(200)
                .body("statementCount", is(2)).body("onBehalfCount", is(0));
        given().queryParam("q", people.boss()).when().get("/api/v1/speakers").then().statusCode(200)
                .body("items.find { it.name == '" + people.boss() + "' }.onBehalfCount", is(1));
    }

    @Test
    void shouldFindRandPaulsSpokespeopleInTheSampleData() {
        // Other tests may add statements; the sample's two made for Rand Paul (Sergio Gor, his office) stay.
        given().when().get("/api/v1/speakers/rand-paul").then().statusCode(200)
                .body("onBehalfCount", greaterThanOrEqualTo(2));
        given().queryParam("attributedTo", "rand-paul").queryParam("limit", 100).when().get("/api/v1/statements")
                .then().statusCode(200)
                .body("items.findAll { it.onBehalfOf?.slug == 'rand-paul' }.speaker.name",
                        hasItems("Sergio Gor", "Office of Sen. Rand Paul"));
    }
}
