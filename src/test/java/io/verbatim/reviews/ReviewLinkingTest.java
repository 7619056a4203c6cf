package io.verbatim.reviews;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import io.verbatim.ApiKeys;
import io.verbatim.TestData;
import io.verbatim.domain.Slugs;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.Map;

import static io.verbatim.ApiKeys.as;
import static io.verbatim.TestData.statement;
import static io.verbatim.TestData.unique;
import static io.verbatim.TestData.uniqueWord;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;

/** POST /reviews links a fact-checked claim through the quote check: exact, excerpt, altered, wrong speaker, unknown. */
@QuarkusTest
class ReviewLinkingTest {

    static final String REVIEWS = "/api/v1/reviews";

    @Inject
    TestData data;

    /** A review body in the API's shape, with a unique URL. */
    static Map<String, Object> review(String claim, String claimant) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("claimReviewed", claim);
        if (claimant != null) {
            body.put("claimant", claimant);
        }
        body.put("claimDate", "2022-03-01");
        body.put("url", "https://factcheck.example.org/" + unique());
        body.put("publisher", Map.of("name", "FactCheck Example", "site", "https://factcheck.example.org"));
        body.put("datePublished", "2022-03-04");
        body.put("language", "en");
        body.put("rating", Map.of("label", "Mostly false"));
        return body;
    }

    static ValidatableResponse post(String editor, Map<String, Object> body) {
        return as(editor).contentType("application/json").body(body).when().post(REVIEWS).then();
    }

    /** A statement of a unique speaker with a unique word; the text and the speaker's name. */
    record Said(String speaker, String text, String id) {
    }

    Said said(String sentence) {
        String speaker = "Claimant " + unique();
        String text = sentence.formatted(uniqueWord());
        return new Said(speaker, text, stored(data, speaker, text, "2022-03-01"));
    }

    /** Stores the only statement of a speaker unique to the test and answers its id. */
    static String stored(TestData data, String speaker, String text, String saidOn) {
        data.store(statement(speaker, text, saidOn));
        return io.restassured.RestAssured.given().queryParam("speaker", Slugs.of(speaker))
                .when().get("/api/v1/statements").then().statusCode(200).extract().path("items[0].id");
    }

    @Test
    void shouldLinkAClaimThatIsTheWholeStatementAsExact() {
        Said said = said("The %s reservoir holds twice as much water as it did in the year two thousand.");
        post(ApiKeys.editor(), review(said.text(), said.speaker()))
                .statusCode(201)
                .body("linked", is(true))
                .body("match", is("EXACT"))
                .body("statement.id", is(said.id()))
                .body("statement.speaker.slug", is(Slugs.of(said.speaker())))
                .body("start", nullValue())
                .body("verdict", is("MOSTLY_FALSE"))
                .body("verdictFrom", is("LABEL"));
    }

    @Test
    void shouldLinkACutOfTheStatementAsAnExcerptWithItsSpan() {
        Said said = said("Let me be clear about this: the %s bridge cost four hundred million dollars and came in late.");
        String claim = said.text().substring(said.text().indexOf("the "), said.text().indexOf(" and came"));
        post(ApiKeys.editor(), review(claim, said.speaker()))
                .statusCode(201)
                .body("match", is("EXCERPT"))
                .body("statement.id", is(said.id()))
                .body("start", is(said.text().indexOf("the ")))
                .body("end", is(said.text().indexOf(" and came")));
    }

    @Test
    void shouldLinkAnAlteredClaimByTheSameSpeakerAsNear() {
        Said said = said("Our %s schools hired three thousand new teachers in the last two years alone.");
        String altered = said.text().replace("three thousand", "five thousand");
        post(ApiKeys.editor(), review(altered, said.speaker()))
                .statusCode(201)
                .body("linked", is(true))
                .body("match", is("NEAR"))
                .body("statement.id", is(said.id()));
    }

    @Test
    void shouldLeaveAClaimOnRecordBySomeoneElseUnlinked() {
        Said said = said("The %s factory will bring nine hundred jobs to the valley by next spring.");
        String other = "Bystander " + unique();
        data.store(statement(other, "Nothing to do with factories, " + uniqueWord() + ".", "2022-02-01"));
        post(ApiKeys.editor(), review(said.text(), other))
                .statusCode(201)
                .body("linked", is(false))
                .body("match", nullValue())
                .body("statement", nullValue());
    }

    @Test
    void shouldLeaveAClaimNobodySaidOrWithoutClaimantUnlinked() {
        String editor = ApiKeys.editor();
        post(editor, review("Nobody ever said that the " + uniqueWord() + " moon is made of cheese.", "Rand Paul"))
                .statusCode(201)
                .body("linked", is(false));
        Said said = said("The %s tunnel will open to traffic before the end of the decade.");
        post(editor, review(said.text(), null))
                .statusCode(201)
                .body("linked", is(false));
    }

    @Test
    void shouldMapAnUnknownLabelToOtherAndANumericRatingByPosition() {
        String editor = ApiKeys.editor();
        Map<String, Object> unknown = review("Some " + uniqueWord() + " claim.", null);
        unknown.put("rating", Map.of("label", "Four bananas out of ten"));
        post(editor, unknown).statusCode(201)
                .body("verdict", is("OTHER"))
                .body("verdictFrom", is("UNMAPPED"))
                .body("rating.label", is("Four bananas out of ten"));
        Map<String, Object> numeric = review("Another " + uniqueWord() + " claim.", null);
        numeric.put("rating", Map.of("value", 1, "best", 6, "worst", 1));
        post(editor, numeric).statusCode(201)
                .body("verdict", is("FALSE"))
                .body("verdictFrom", is("RATING"));
        Map<String, Object> french = review("Une " + uniqueWord() + " affirmation.", null);
        french.put("rating", Map.of("label", "C'est faux !", "value", 5));
        french.put("language", "fr");
        post(editor, french).statusCode(201)
                .body("verdict", is("FALSE"))
                .body("verdictFrom", is("LABEL"));
    }
}
