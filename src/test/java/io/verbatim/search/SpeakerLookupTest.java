package io.verbatim.search;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.verbatim.TestData;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static io.restassured.RestAssured.given;
import static io.verbatim.ProblemAssertions.assertInvalidParameter;
import static io.verbatim.TestData.statement;
import static io.verbatim.TestData.uniqueWord;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.lessThanOrEqualTo;

/** GET /api/v1/speakers?q=: case, accent and typo tolerant lookup by name or alias. */
@QuarkusTest
class SpeakerLookupTest {

    @Inject
    TestData data;

    private static JsonPath lookup(String q) {
        return given().queryParam("q", q).when().get("/api/v1/speakers").then().statusCode(200)
                .body("items.score", everyItem(lessThanOrEqualTo(1f))).extract().jsonPath();
    }

    @Test
    void shouldFindAccentedNameWrittenWithoutAccents() {
        data.store(statement("Björn Åkesson", "Hej.", "2020-01-01"));
        JsonPath result = lookup("Bjorn Akesson");
        assertThat(result.getString("items[0].name")).isEqualTo("Björn Åkesson");
        assertThat(result.getFloat("items[0].score")).isEqualTo(1f);
        assertThat(result.getInt("items[0].statementCount")).isEqualTo(1);
    }

    @Test
    void shouldFindNameWithTypos() {
        data.store(statement("Thaddeus Brennan", "Hello.", "2020-01-01"));
        assertThat(lookup("Thadeus Brenan").getString("items[0].name")).isEqualTo("Thaddeus Brennan");
        assertThat(lookup("thaddeus brenan").getString("items[0].name")).isEqualTo("Thaddeus Brennan");
    }

    @Test
    void shouldFindSpeakerByAliasAndByPartOfTheName() {
        String alias = "Senator " + uniqueWord();
        data.store(statement("Marguerite Okonkwo-Lindqvist", "Words.", "2020-01-01").speaker("aliases", List.of(alias)));

        assertThat(lookup(alias).getString("items[0].name")).isEqualTo("Marguerite Okonkwo-Lindqvist");
        assertThat(lookup("okonkwo").getString("items[0].name")).isEqualTo("Marguerite Okonkwo-Lindqvist");
    }

    @Test
    void shouldFindTheSampleSpeakers() {
        assertThat(lookup("shaheen").getString("items[0].slug")).isEqualTo("jeanne-shaheen");
        assertThat(lookup("rand pual").getString("items[0].slug")).isEqualTo("rand-paul");
        assertThat(lookup("Paul's office").getString("items[0].slug")).isEqualTo("office-of-sen-rand-paul");
        given().queryParam("q", "white house").queryParam("kind", "PERSON").when().get("/api/v1/speakers")
                .then().statusCode(200).body("items.kind", everyItem(is("PERSON")));
        given().queryParam("q", "white house").queryParam("kind", "ORGANIZATION").when().get("/api/v1/speakers")
                .then().statusCode(200).body("items[0].slug", is("the-white-house"))
                .body("items.statementCount", everyItem(greaterThan(-1)));
    }

    @Test
    void shouldAnswerEmptyListWhenNothingIsClose() {
        assertThat(lookup("qqqqzzzzxxxx").getList("items")).isEmpty();
    }

    @Test
    void shouldPageMatchesBestFirstWithoutRepeats() {
        String family = uniqueWord();
        for (String first : List.of("Anna", "Annabel", "Anne", "Hanna", "Johanna")) {
            data.store(statement(first + " " + family, "Hi.", "2020-01-01"));
        }
        List<String> names = new ArrayList<>();
        List<Float> scores = new ArrayList<>();
        String cursor = null;
        do {
            var request = given().queryParam("q", "Anna " + family).queryParam("limit", 2);
            if (cursor != null) {
                request.queryParam("cursor", cursor);
            }
            JsonPath page = request.when().get("/api/v1/speakers").then().statusCode(200).extract().jsonPath();
            names.addAll(page.getList("items.name"));
            scores.addAll(page.getList("items.score", Float.class));
            cursor = page.getString("nextCursor");
        } while (cursor != null);

        assertThat(names).doesNotHaveDuplicates().startsWith("Anna " + family).contains("Anne " + family);
        assertThat(scores).isSortedAccordingTo(java.util.Comparator.reverseOrder());
    }

    @Test
    void shouldRejectInvalidLookupParameters() {
        assertInvalidParameter(given().queryParam("q", "x".repeat(201)).when().get("/api/v1/speakers").then(), "q");
        assertInvalidParameter(given().queryParam("kind", "ROBOT").when().get("/api/v1/speakers").then(), "kind");
        String cursor = given().queryParam("q", "paul").queryParam("limit", 1).when().get("/api/v1/speakers")
                .then().extract().path("nextCursor");
        assertInvalidParameter(given().queryParam("q", "shaheen").queryParam("cursor", cursor)
                .when().get("/api/v1/speakers").then(), "cursor");
    }
}
