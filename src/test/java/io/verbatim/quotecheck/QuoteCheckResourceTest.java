package io.verbatim.quotecheck;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import io.verbatim.TestData;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static io.restassured.RestAssured.given;
import static io.verbatim.ProblemAssertions.assertProblem;
import static io.verbatim.TestData.statement;
import static io.verbatim.TestData.unique;
import static io.verbatim.TestData.uniqueWord;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.startsWith;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

@QuarkusTest
class QuoteCheckResourceTest {

    private static final String GOR_CUT = "“the United States and Russia hold more than 90% of all nuclear weapons”";

    @Inject
    TestData data;

    static ValidatableResponse check(Map<String, ?> body) {
        return given().contentType(ContentType.JSON).body(body).when().post("/api/v1/quote-checks").then();
    }

    @Test
    void shouldVerifyACutQuoteOfTheSampleDataAsAnExcerpt() {
        check(Map.of("text", GOR_CUT, "speaker", "Sergio Gor"))
                .statusCode(200)
                .body("verdict", is("VERIFIED"))
                .body("claimedSpeaker.slug", is("sergio-gor"))
                .body("matches[0].match", is("EXCERPT"))
                .body("matches[0].similarity", is(1.0f))
                .body("matches[0].statement.speaker.slug", is("sergio-gor"))
                .body("matches[0].start", is(127))
                .body("matches[0].end", is(197));
    }

    @Test
    void shouldNameTheRealSpeakerOfAQuoteGivenToSomeoneElse() {
        check(Map.of("text", "The United States and Russia hold 90% of all the nuclear weapons", "speaker",
                "Jeanne Shaheen"))
                .statusCode(200)
                .body("verdict", is("MISATTRIBUTED"))
                .body("claimedSpeaker.slug", is("jeanne-shaheen"))
                .body("attributedTo.slug", is("sergio-gor"))
                .body("onBehalfOf", nullValue())
                .body("matches[0].match", is("NEAR"));
    }

    @Test
    void shouldSayASpokespersonsWordsGivenToTheirPrincipalWereSaidOnTheirBehalf() {
        check(Map.of("text", "The United States and Russia hold 90% of all the nuclear weapons", "speaker", "Rand Paul"))
                .statusCode(200)
                .body("verdict", is("SAID_ON_BEHALF"))
                .body("claimedSpeaker.slug", is("rand-paul"))
                .body("attributedTo.slug", is("sergio-gor"))
                .body("onBehalfOf.slug", is("rand-paul"))
                .body("firstPublished", nullValue())
                .body("matches[0].match", is("NEAR"));
    }

    @Test
    void shouldReportTheEarliestSourceOfAVerifiedQuote() {
        check(Map.of("text", GOR_CUT, "speaker", "Sergio Gor"))
                .statusCode(200)
                .body("verdict", is("VERIFIED"))
                .body("firstPublished.outlet", is("The Daily Beast"))
                .body("firstPublished.publishedOn", is("2018-09-25"))
                .body("firstPublished.url", startsWith("https://www.thedailybeast.com/"));
    }

    @Test
    void shouldListWordLevelDifferencesOfAMisquote() {
        check(Map.of("text", "the United States and Russia hold 90% of all the nuclear weapons", "speaker", "sergio-gor"))
                .statusCode(200)
                .body("verdict", is("ALTERED"))
                .body("matches[0].match", is("NEAR"))
                .body("matches[0].differences.op", contains("delete", "delete", "insert"))
                .body("matches[0].differences.recorded", contains("more", "than", null))
                .body("matches[0].differences.claimed", contains(null, null, "the"));
    }

    @Test
    void shouldVerifyExactWordsWhateverThePunctuationQuotesAndCase() {
        check(Map.of("text", "\"THANKS but no thanks\" -- as a senator who has been sanctioned by the kremlin, I see "
                        + "absolutely no need for this amendment and strongly believe that sanctions should continue to be "
                        + "enhanced for Russian leadership rather than weakened; as the Kremlin continues to attack our "
                        + "institutions and democracy this amendment would be a capitulation to Putin's aggression!",
                "speaker", "Sen. Jeanne Shaheen"))
                .statusCode(200)
                .body("verdict", is("VERIFIED"))
                .body("claimedSpeaker.slug", is("jeanne-shaheen"))
                .body("matches[0].match", is("EXACT"));
    }

    @Test
    void shouldResolveAClaimedSpeakerWithATypo() {
        check(Map.of("text", "a capitulation to Putin’s aggression", "speaker", "Jeane Shaheen"))
                .statusCode(200)
                .body("verdict", is("VERIFIED"))
                .body("claimedSpeaker.slug", is("jeanne-shaheen"));
    }

    @Test
    void shouldVerifyWithoutAClaimedSpeaker() {
        check(Map.of("text", "dialogue and diplomacy are vitally important to global peace"))
                .statusCode(200)
                .body("verdict", is("VERIFIED"))
                .body("claimedSpeaker", nullValue())
                .body("matches[0].statement.speaker.slug", is("sergio-gor"));
    }

    @Test
    void shouldNeverVerifyWithARetractedStatement() {
        String word = uniqueWord();
        String speaker = "Retracted Speaker " + unique();
        String text = "We never promised the " + word + " bridge to anyone in the northern district at all.";
        data.store(statement(speaker, text, "2020-04-04").with("status", "RETRACTED").with("retractionReason", "Fabricated"));

        check(Map.of("text", text, "speaker", speaker))
                .statusCode(200)
                .body("verdict", is("NOT_FOUND"))
                .body("matches[0].match", is("EXACT"))
                .body("matches[0].statement.status", is("RETRACTED"));
    }

    @Test
    void shouldNotFindUnrelatedWords() {
        check(Map.of("text", "Purple " + uniqueWord() + " elephants dance quietly under " + uniqueWord() + " moons",
                "speaker", "Rand Paul"))
                .statusCode(200)
                .body("verdict", is("NOT_FOUND"))
                .body("attributedTo", nullValue());
    }

    @Test
    void shouldReportAParaphraseOfTheClaimedSpeakerWithoutVerifyingIt() {
        String word = uniqueWord();
        String speaker = "Paraphrased " + unique();
        data.store(statement(speaker, "Our " + word + " budget will fund rural hospitals and schools next year.", "2021-01-01"));

        check(Map.of("text", "Next year rural schools and hospitals get money from the " + word + " budget, she said",
                "speaker", speaker))
                .statusCode(200)
                .body("verdict", is("NOT_FOUND"))
                .body("matches.match", hasItem("PARAPHRASE"));
    }

    @Test
    void shouldRejectInvalidClaims() {
        assertProblem(check(Map.of("text", "x".repeat(2001))), 400).body("errors[0].field", is("text"));
        assertProblem(check(Map.of("text", "   ")), 400).body("errors[0].field", is("text"));
        assertProblem(check(Map.of("text", "?!…")), 400).body("errors[0].field", is("text"));
        assertProblem(check(Map.of("text", "words", "saidOn", "yesterday")), 400).body("errors[0].field", is("saidOn"));
        assertProblem(check(Map.of("text", "words", "speeker", "typo")), 400).body("errors[0].field", is("speeker"));
        assertProblem(given().contentType(ContentType.JSON).body("{not json").when().post("/api/v1/quote-checks").then(), 400);
        assertProblem(given().contentType(ContentType.TEXT).body("words").when().post("/api/v1/quote-checks").then(), 415);
        assertProblem(given().contentType(ContentType.JSON).when().post("/api/v1/quote-checks").then(), 400)
                .body("detail", notNullValue());
    }
}
