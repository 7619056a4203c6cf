package io.verbatim.reviews;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import io.verbatim.ApiKeys;
import io.verbatim.TestData;
import io.verbatim.domain.Slugs;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static io.restassured.RestAssured.given;
import static io.verbatim.ApiKeys.as;
import static io.verbatim.ProblemAssertions.assertProblem;
import static io.verbatim.TestData.source;
import static io.verbatim.TestData.statement;
import static io.verbatim.TestData.unique;
import static io.verbatim.TestData.uniqueWord;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;

/** Importing ClaimReview JSON-LD and Fact Check Tools answers; serving a review back as ClaimReview JSON-LD. */
@QuarkusTest
class ReviewImportTest {

    static final String IMPORT = "/api/v1/import/reviews";

    @Inject
    TestData data;

    static ValidatableResponse importAs(String editor, String contentType, String body) {
        return as(editor).contentType(contentType).body(body.getBytes(java.nio.charset.StandardCharsets.UTF_8))
                .when().post(IMPORT).then();
    }

    /** Three statements in three languages by three speakers, each unique to the test. */
    record World(String senator, String ministre, String alcaldesa, String word, String senatorText) {
    }

    World world() {
        String word = uniqueWord();
        World world = new World("Senator " + unique(), "Ministre " + unique(), "Alcaldesa " + unique(), word,
                "Crime in " + word + " county went up forty percent last year, and nobody talks about it.");
        Map<String, Object> early = source("https://news.example.org/" + unique(), "Morning Ledger", "told reporters");
        early.put("publishedOn", "2021-02-01");
        Map<String, Object> late = source("https://news.example.org/" + unique(), "Evening Post", "said on air");
        late.put("publishedOn", "2021-02-03");
        data.store(statement(world.senator(), world.senatorText(), "2021-02-01").sources(late, early),
                statement(world.ministre(), "Le chômage à " + word + " a baissé de dix pour cent en un an.",
                        "2021-03-01").with("language", "fr"),
                statement(world.alcaldesa(), "En " + word + " hemos plantado cincuenta mil árboles este año.",
                        "2021-04-01").with("language", "es"));
        return world;
    }

    static String claimReviews(World w, String urlPrefix) {
        return """
                [{"@context": "https://schema.org", "@type": "ClaimReview",
                  "url": "%1$s/politics/crime-%2$s", "datePublished": "2021-02-05T09:00:00-05:00",
                  "name": "No, crime in %2$s county did not rise 40%%",
                  "claimReviewed": "Crime in %2$s county went up forty percent last year",
                  "author": {"@type": "Organization", "name": "PolitiCheck", "url": "https://politicheck.example"},
                  "itemReviewed": {"@type": "Claim", "datePublished": "2021-02-01",
                                   "author": {"@type": "Person", "name": "%3$s"},
                                   "appearance": [{"@type": "CreativeWork", "url": "https://news.example.org/x"}]},
                  "reviewRating": {"@type": "Rating", "ratingValue": "1", "bestRating": "6", "worstRating": "1",
                                   "alternateName": "Pants on Fire!"}},
                 {"@context": "https://schema.org", "@type": "ClaimReview",
                  "url": "%1$s/decodeurs/chomage-%2$s", "datePublished": "2021-03-04", "inLanguage": "fr",
                  "claimReviewed": "Le chômage à %2$s a baissé de dix pour cent en un an.",
                  "author": {"@type": "Organization", "name": "Les Vérificateurs"},
                  "itemReviewed": {"@type": "Claim", "author": {"@type": "Person", "name": "%4$s"}},
                  "reviewRating": {"@type": "Rating", "alternateName": "Plutôt vrai"}},
                 {"@context": "https://schema.org", "@type": ["ClaimReview"],
                  "url": "%1$s/maldito/arboles-%2$s", "datePublished": "2021-04-07", "inLanguage": "es",
                  "claimReviewed": "hemos plantado cincuenta mil árboles",
                  "publisher": {"@type": "Organization", "name": "Verificado.example"},
                  "author": {"@type": "Person", "name": "Lucía Gómez"},
                  "itemReviewed": {"@type": "Claim", "author": [{"@type": "Person", "name": "%5$s"}]},
                  "reviewRating": {"@type": "Rating", "alternateName": "Engañoso"}},
                 {"@context": "https://schema.org", "@type": "ClaimReview",
                  "url": "%1$s/other/bananas-%2$s", "claimReviewed": "Bananas in %2$s are blue.",
                  "author": {"@type": "Organization", "name": "PolitiCheck"},
                  "reviewRating": {"@type": "Rating", "alternateName": "Four bananas"}},
                 {"@context": "https://schema.org", "@type": "ClaimReview", "claimReviewed": "No URL here.",
                  "author": {"@type": "Organization", "name": "PolitiCheck"}},
                 {"@context": "https://schema.org", "@type": "ClaimReview", "url": "%1$s/no-claim-%2$s",
                  "author": {"@type": "Organization", "name": "PolitiCheck"}, "datePublished": "last week"}]
                """.formatted(urlPrefix, w.word(), w.senator(), w.ministre(), w.alcaldesa());
    }

    @Test
    void shouldImportClaimReviewsInSeveralLanguagesIdempotentlyAndReportBadItems() {
        World w = world();
        String editor = ApiKeys.editor();
        String prefix = "https://factcheck.example.org/" + unique();
        importAs(editor, "application/ld+json", claimReviews(w, prefix)).statusCode(200)
                .body("linked", is(3))
                .body("unlinked", is(1))
                .body("unchanged", is(0))
                .body("failed", is(2))
                .body("errors.line", contains(5, 6))
                .body("errors.field", contains("url", "datePublished"))
                .body("warnings.field", contains("reviewRating.alternateName"))
                .body("warnings[0].line", is(4));

        given().queryParam("speaker", Slugs.of(w.senator())).when().get("/api/v1/reviews").then().statusCode(200)
                .body("items[0].match", is("EXCERPT"))
                .body("items[0].verdict", is("FALSE"))
                .body("items[0].publisher.name", is("PolitiCheck"))
                .body("items[0].datePublished", is("2021-02-05"));
        given().queryParam("speaker", Slugs.of(w.ministre())).when().get("/api/v1/reviews").then()
                .body("items[0].match", is("EXACT"))
                .body("items[0].verdict", is("MOSTLY_TRUE"));
        given().queryParam("speaker", Slugs.of(w.alcaldesa())).when().get("/api/v1/reviews").then()
                .body("items[0].verdict", is("MOSTLY_FALSE"))
                .body("items[0].publisher.name", is("Verificado.example"))
                .body("items[0].author", is("Lucía Gómez"));

        importAs(editor, "application/ld+json", claimReviews(w, prefix)).statusCode(200)
                .body("linked", is(0))
                .body("unlinked", is(0))
                .body("unchanged", is(4))
                .body("failed", is(2));
    }

    @Test
    void shouldImportAFactCheckToolsAnswerAndNdjson() {
        World w = world();
        String editor = ApiKeys.editor();
        String site = "https://checagem.example.br/" + unique();
        String answer = """
                {"claims": [
                  {"text": "Crime in %1$s county went up forty percent last year", "claimant": "%2$s",
                   "claimDate": "2021-02-01T00:00:00Z",
                   "claimReview": [
                     {"publisher": {"name": "Checagem", "site": "checagem.example.br"}, "url": "%3$s/crime",
                      "title": "É falso que o crime subiu 40%%", "reviewDate": "2021-02-06T00:00:00Z",
                      "textualRating": "Falso", "languageCode": "pt"},
                     {"publisher": {"name": "Faktenprüfer", "site": "faktenpruefer.example.de"}, "url": "%3$s/de/crime",
                      "reviewDate": "2021-02-08T00:00:00Z", "textualRating": "Größtenteils falsch",
                      "languageCode": "de"}]},
                  {"text": "Somebody in %1$s said something nobody recorded", "claimant": "Nobody Known",
                   "claimReview": [{"publisher": {"name": "Checagem"}, "url": "%3$s/nada",
                                    "textualRating": "Sem provas", "languageCode": "pt"}]},
                  {"text": "A claim whose review has no URL",
                   "claimReview": [{"publisher": {"name": "Checagem"}, "textualRating": "Falso"}]}],
                 "nextPageToken": "CAE"}
                """.formatted(w.word(), w.senator(), site);
        importAs(editor, "application/json", answer).statusCode(200)
                .body("linked", is(2))
                .body("unlinked", is(1))
                .body("failed", is(1))
                .body("errors[0].line", is(3))
                .body("errors[0].field", is("claims[2].claimReview[0].url"));
        given().queryParam("speaker", Slugs.of(w.senator())).when().get("/api/v1/reviews").then()
                .body("items.verdict", contains("MOSTLY_FALSE", "FALSE"))
                .body("items.language", contains("de", "pt"));

        String ndjson = """
                {"@type": "ClaimReview", "url": "%1$s/nd/1", "claimReviewed": "hemos plantado cincuenta mil árboles este año", "author": {"name": "Verificado.example"}, "itemReviewed": {"author": {"name": "%2$s"}}, "reviewRating": {"alternateName": "Verdadero"}}
                not json at all
                {"@type": "WebPage", "url": "%1$s/nd/3"}
                """.formatted(site, w.alcaldesa());
        importAs(editor, "application/x-ndjson", ndjson).statusCode(200)
                .body("linked", is(1))
                .body("failed", is(2))
                .body("errors.line", contains(2, 3))
                .body("errors[1].field", is("@type"));
        assertProblem(importAs(editor, "application/json", "{not json"), 400);
        assertProblem(given().contentType("application/json").body("[]").when().post(IMPORT).then(), 401);
    }

    @Test
    void shouldServeALinkedReviewAsClaimReviewJsonLdAndKeepAnEditorsLinkOnReimport() {
        World w = world();
        String editor = ApiKeys.editor();
        String prefix = "https://factcheck.example.org/" + unique();
        importAs(editor, "application/ld+json", claimReviews(w, prefix)).statusCode(200).body("linked", is(3));
        String id = given().queryParam("speaker", Slugs.of(w.senator())).when().get("/api/v1/reviews").then()
                .extract().path("items[0].id");
        given().accept("application/ld+json").when().get("/api/v1/reviews/" + id).then().statusCode(200)
                .contentType("application/ld+json")
                .body("'@context'", is("https://schema.org"))
                .body("'@type'", is("ClaimReview"))
                .body("url", is(prefix + "/politics/crime-" + w.word()))
                .body("author.name", is("PolitiCheck"))
                .body("reviewRating.alternateName", is("Pants on Fire!"))
                .body("reviewRating.ratingValue", is(1.0f))
                .body("itemReviewed.'@type'", is("Claim"))
                .body("itemReviewed.author.name", is(w.senator()))
                .body("itemReviewed.author.'@type'", is("Person"))
                .body("itemReviewed.text", is(w.senatorText()))
                .body("itemReviewed.appearance.publisher.name", containsInAnyOrder("Evening Post", "Morning Ledger"))
                .body("itemReviewed.firstAppearance.publisher.name", is("Morning Ledger"))
                .body("itemReviewed.firstAppearance.datePublished", is("2021-02-01"));

        // The unlinked one: linked by hand, and the link survives the next import of the same feed.
        String banana = given().queryParam("publisher", "PolitiCheck").queryParam("linked", false)
                .when().get("/api/v1/reviews").then().extract().path("items.find { it.url.endsWith('bananas-"
                        + w.word() + "') }.id");
        String statement = given().queryParam("speaker", Slugs.of(w.ministre())).when().get("/api/v1/statements")
                .then().extract().path("items[0].id");
        String etag = given().when().get("/api/v1/reviews/" + banana).then().extract().header("ETag");
        as(editor).contentType("application/merge-patch+json").header("If-Match", etag)
                .body("{\"statement\": \"" + statement + "\"}").when().patch("/api/v1/reviews/" + banana)
                .then().statusCode(200).body("match", is("MANUAL"));
        importAs(editor, "application/ld+json", claimReviews(w, prefix)).statusCode(200).body("unchanged", is(4));
        given().when().get("/api/v1/reviews/" + banana).then()
                .body("match", is("MANUAL")).body("statement.id", is(statement));
        given().accept("application/ld+json").when().get("/api/v1/reviews/" + banana).then()
                .body("itemReviewed.author.name", is(w.ministre()))
                .body("itemReviewed.appearance.url", hasItem(org.hamcrest.Matchers.startsWith("https://news.example.org/")));
    }
}
