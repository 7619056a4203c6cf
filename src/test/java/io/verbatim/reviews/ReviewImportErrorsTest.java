package io.verbatim.reviews;

import io.quarkus.test.junit.QuarkusTest;
import io.verbatim.ApiKeys;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static io.verbatim.TestData.unique;
import static io.verbatim.TestData.uniqueWord;
import static io.verbatim.reviews.ReviewImportTest.importAs;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.is;

/**
 * Bad input in a review import: an unknown rating label is stored as OTHER and reported, never refused; an item
 * without url or claim is a line error naming the field in the feed's own terms; nothing of a refused item is stored.
 */
@QuarkusTest
class ReviewImportErrorsTest {

    @Test
    void shouldReportUnknownLabelsRefuseItemsWithoutUrlOrClaimAndStoreNothingOfThem() {
        String editor = ApiKeys.editor();
        String publisher = "Desk " + unique();
        String site = "https://checks.example.org/" + unique();
        String word = uniqueWord();
        String feed = """
                {"@type": "ClaimReview", "url": "%1$s/1", "claimReviewed": "Bananas in %2$s are blue.", "publisher": {"name": "%3$s"}, "reviewRating": {"alternateName": "Four bananas"}}
                {"@type": "ClaimReview", "claimReviewed": "A claim whose review has no URL.", "publisher": {"name": "%3$s"}}
                {"@type": "ClaimReview", "url": "%1$s/3", "publisher": {"name": "%3$s"}, "reviewRating": {"alternateName": "False"}}
                {"@type": "ClaimReview", "url": "%1$s/4", "claimReviewed": "   ", "publisher": {"name": "%3$s"}}
                {"@type": "ClaimReview", "url": "ftp://checks.example.org/5", "claimReviewed": "Over FTP.", "publisher": {"name": "%3$s"}}
                {"claims": [{"claimant": "Someone", "claimReview": [{"publisher": {"name": "%3$s"}, "url": "%1$s/6", "textualRating": "False"}]}]}
                {"@type": "ClaimReview", "url": "%1$s/7", "claimReviewed": "Said by a very long name.", "publisher": {"name": "%3$s"}, "itemReviewed": {"author": {"name": "%4$s"}}}
                {"@type": "ClaimReview", "url": "%1$s/8", "claimReviewed": "Off the scale.", "publisher": {"name": "%3$s"}, "reviewRating": {"ratingValue": 3, "worstRating": 1E+400}}
                """.formatted(site, word, publisher, "N".repeat(400));
        for (int run = 1; run <= 2; run++) {
            importAs(editor, "application/x-ndjson", feed).statusCode(200)
                    .body("linked", is(0))
                    .body("unlinked", is(run == 1 ? 1 : 0))
                    .body("unchanged", is(run == 1 ? 0 : 1))
                    .body("failed", is(7))
                    .body("errors.line", contains(2, 3, 4, 5, 6, 7, 8))
                    .body("errors.field", contains("url", "claimReviewed", "claimReviewed", "url", "claims[0].text",
                            "itemReviewed.author.name", "reviewRating.worstRating"))
                    .body("warnings.line", contains(1))
                    .body("warnings.field", contains("reviewRating.alternateName"));
        }
        given().queryParam("publisher", publisher).when().get("/api/v1/reviews").then().statusCode(200)
                .body("items.url", contains(site + "/1"))
                .body("items[0].verdict", is("OTHER"))
                .body("items[0].verdictFrom", is("UNMAPPED"))
                .body("items[0].rating.label", is("Four bananas"))
                .body("items[0].linked", is(false));
    }
}
