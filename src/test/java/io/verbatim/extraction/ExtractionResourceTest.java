package io.verbatim.extraction;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.verbatim.ApiKeys;
import io.verbatim.TestData;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static io.verbatim.ProblemAssertions.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

@QuarkusTest
class ExtractionResourceTest {

    private static final String EXTRACTIONS = "/api/v1/extractions";

    private static Map<String, Object> seedBody(String url) throws IOException {
        Map<String, Object> body = new HashMap<>();
        body.put("text", SeedArticleExtractionTest.seedArticle());
        body.put("language", "en");
        if (url != null) {
            body.put("source", Map.of("url", url, "outlet", "The Daily Beast",
                    "title", "Rand Paul Wants to Scrap Some U.S. Sanctions on Russia"));
        }
        return body;
    }

    @Test
    void shouldExtractTheSeedArticlesStatementsWithMatchedSpeakers() throws IOException {
        JsonPath json = given().contentType(ContentType.JSON).body(seedBody(null))
                .when().post(EXTRACTIONS)
                .then().statusCode(200)
                .body("statements", hasSize(4))
                .body("unattributed", hasSize(0))
                .body("statements[0].kind", is("DIRECT"))
                .body("statements[0].speaker.name", is("Jeanne Shaheen"))
                .body("statements[0].speaker.descriptor", is("Sen. Jeanne Shaheen (D-NH)"))
                .body("statements[0].speaker.speakerId", notNullValue())
                .body("statements[0].cue", is("told The Daily Beast"))
                .body("statements[0].onBehalfOf", nullValue())
                .body("statements[0].explain", nullValue())
                .body("statements[1].kind", is("INDIRECT"))
                .body("statements[1].speaker.name", is("White House"))
                .body("statements[1].speaker.speakerId", notNullValue())
                .body("statements[2].kind", is("INDIRECT"))
                .body("statements[2].speaker.descriptor", is("Paul’s office"))
                .body("statements[2].onBehalfOf.name", is("Rand Paul"))
                .body("statements[3].kind", is("DIRECT"))
                .body("statements[3].speaker.name", is("Sergio Gor"))
                .body("statements[3].speaker.speakerId", notNullValue())
                .body("statements[3].onBehalfOf.name", is("Rand Paul"))
                .body("statements[3].onBehalfOf.speakerId", notNullValue())
                .body("statements[3].speakerRole", is("deputy chief of staff"))
                .extract().jsonPath();
        String article = SeedArticleExtractionTest.seedArticle();
        int start = json.getInt("statements[3].start");
        int end = json.getInt("statements[3].end");
        assertThat(article.substring(start, end)).startsWith("Senator Rand Paul believes")
                .endsWith("engaging in dialogue.");
        assertThat(json.getString("statements[3].speaker.speakerId"))
                .isEqualTo(given().get("/api/v1/speakers/sergio-gor").then().extract().path("id"));
    }

    @Test
    void shouldListTheRulesWhenAskedToExplain() throws IOException {
        given().contentType(ContentType.JSON).body(seedBody(null))
                .when().post(EXTRACTIONS + "?explain=true")
                .then().statusCode(200)
                .body("statements[3].explain", hasItem("staff-appositive:on-behalf-of"))
                .body("statements[0].explain", hasItem("split-quote:continuation"));
    }

    @Test
    void shouldListAQuoteWithoutASpeakerAsUnattributed() {
        given().contentType(ContentType.JSON).body(Map.of("text", "“No entry after dark.” The sign is new."))
                .when().post(EXTRACTIONS)
                .then().statusCode(200)
                .body("statements", hasSize(0))
                .body("unattributed[0].text", is("No entry after dark."))
                .body("unattributed[0].start", is(1))
                .body("unattributed[0].descriptor", nullValue());
    }

    @Test
    void shouldDescribeTheSpeakerOfAnUnattributedQuoteWithoutNamingAnyone() {
        given().contentType(ContentType.JSON).body(Map.of("text", "Talks went on late into the night.\n\n“The talks "
                        + "were difficult,” a senior government source said."))
                .when().post(EXTRACTIONS)
                .then().statusCode(200)
                .body("statements", hasSize(0))
                .body("unattributed[0].text", is("The talks were difficult,"))
                .body("unattributed[0].descriptor", is("a senior government source"))
                .body("unattributed[0].onBehalfOf", nullValue());
    }

    @Test
    void shouldGiveAnUnnamedSpokespersonsQuoteToNobodyButNameTheirPrincipal() {
        given().contentType(ContentType.JSON).body(Map.of("text", "Sen. Rand Paul (R-KY) introduced the amendment. "
                        + "“It is a first step toward dialogue,” a Paul spokesman said."))
                .when().post(EXTRACTIONS)
                .then().statusCode(200)
                .body("statements", hasSize(0))
                .body("unattributed[0].text", is("It is a first step toward dialogue,"))
                .body("unattributed[0].descriptor", is("a Paul spokesman"))
                .body("unattributed[0].onBehalfOf", is("Rand Paul"));
    }

    @Test
    void shouldRejectAnArticleOverOneHundredThousandCharacters() {
        assertProblem(given().contentType(ContentType.JSON).body(Map.of("text", "a".repeat(100_001)))
                .when().post(EXTRACTIONS).then(), 400)
                .body("errors.field", hasItem("text"));
    }

    @Test
    void shouldRequireAnEditorKeyToSave() throws IOException {
        assertProblem(given().contentType(ContentType.JSON).body(seedBody("https://example.org/" + TestData.unique()))
                .when().post(EXTRACTIONS + "?save=true").then(), 401);
    }

    @Test
    void shouldRequireASourceUrlToSave() throws IOException {
        assertProblem(ApiKeys.as(ApiKeys.editor()).contentType(ContentType.JSON).body(seedBody(null))
                .when().post(EXTRACTIONS + "?save=true").then(), 400)
                .body("errors.field", hasItem("source.url"));
    }

    @Test
    void shouldSaveForReviewAndPublishOneStatement() {
        // fictional people and a unique word: a published copy of a sample quote would disturb the search tests
        String word = TestData.uniqueWord();
        String url = "https://example.org/extraction/" + TestData.unique();
        String article = "date 2019-03-14 Sen. Rowan Tamsworth (D-VT) filed the " + word + " amendment on Thursday."
                + "\n\n“The " + word + " amendment is a first step,” Sergia Quillfeather, the senator’s deputy chief "
                + "of staff, told Example News.\n\nAccording to Tamsworth’s office, the senator will hold hearings on "
                + "the " + word + " amendment.";
        String editor = ApiKeys.editor();
        JsonPath saved = ApiKeys.as(editor).contentType(ContentType.JSON)
                .body(Map.of("text", article, "source", Map.of("url", url, "outlet", "Example News")))
                .when().post(EXTRACTIONS + "?save=true")
                .then().statusCode(200)
                .body("statements", hasSize(2))
                .body("statements[0].speaker.speakerId", nullValue())
                .extract().jsonPath();
        List<String> ids = saved.getList("statements.statementId");
        assertThat(ids).hasSize(2).doesNotContainNull();
        String quote = ids.get(0);
        given().get("/api/v1/statements/" + quote).then().statusCode(200)
                .body("status", is("PENDING_REVIEW"))
                .body("kind", is("DIRECT"))
                .body("saidOn", is("2019-03-14"))
                .body("speaker.slug", is("sergia-quillfeather"))
                .body("onBehalfOf.slug", is("rowan-tamsworth"))
                .body("speakerRole", is("deputy chief of staff"))
                .body("context", is("told Example News"))
                .body("sources[0].url", is(url));
        given().get("/api/v1/statements/" + ids.get(1)).then().statusCode(200)
                .body("kind", is("PARAPHRASE"))
                .body("status", is("PENDING_REVIEW"));

        assertProblem(given().when().post("/api/v1/statements/" + quote + "/publish").then(), 401);
        ApiKeys.as(editor).when().post("/api/v1/statements/" + quote + "/publish")
                .then().statusCode(200)
                .body("status", is("PUBLISHED"));
        given().get("/api/v1/statements/" + quote + "/history").then().statusCode(200)
                .body("size()", is(2));
        assertProblem(ApiKeys.as(editor).when().post("/api/v1/statements/" + quote + "/publish").then(), 409);
    }

    @Test
    void shouldMatchTheSampleSpeakersWhenSaving() throws IOException {
        String url = "https://example.org/extraction/" + TestData.unique();
        JsonPath saved = ApiKeys.as(ApiKeys.editor()).contentType(ContentType.JSON).body(seedBody(url))
                .when().post(EXTRACTIONS + "?save=true")
                .then().statusCode(200)
                .body("statements", hasSize(4))
                .extract().jsonPath();
        given().get("/api/v1/statements/" + saved.getString("statements[3].statementId")).then().statusCode(200)
                .body("status", is("PENDING_REVIEW"))
                .body("saidOn", is("2018-09-25"))
                .body("speaker.slug", is("sergio-gor"))
                .body("onBehalfOf.slug", is("rand-paul"));
    }
}
