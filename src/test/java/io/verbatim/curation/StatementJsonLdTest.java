package io.verbatim.curation;

import io.quarkus.test.junit.QuarkusTest;
import io.verbatim.TestData;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static io.restassured.RestAssured.given;
import static io.verbatim.TestData.source;
import static io.verbatim.TestData.statement;
import static io.verbatim.TestData.unique;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

/** A statement as a schema.org Quotation when asked for application/ld+json. */
@QuarkusTest
class StatementJsonLdTest {

    @Inject
    TestData data;

    @Test
    void shouldServeASchemaOrgQuotationForLdJson() {
        String tag = unique();
        String speaker = "Spokes " + tag;
        var line = statement(speaker, "We stand by the decision.", "2020-05-06")
                .with("language", "de")
                .with("datePrecision", "MONTH")
                .with("onBehalfOf", Map.of("name", "Ministry " + tag, "kind", "ORGANIZATION"))
                .speaker("wikidataId", "Q42")
                .topics("Decisions " + tag)
                .sources(source("https://news.example.org/" + tag, "Outlet " + tag, "said"));
        data.store(line);
        String id = given().when().get("/api/v1/speakers/" + io.verbatim.domain.Slugs.of(speaker) + "/statements")
                .then().extract().path("items[0].id");

        given().accept("application/ld+json").when().get("/api/v1/statements/" + id)
                .then().statusCode(200)
                .contentType(startsWith("application/ld+json"))
                .header("ETag", endsWith("-ld\""))
                .body("'@context'", is("https://schema.org"))
                .body("'@type'", is("Quotation"))
                .body("'@id'", endsWith("/api/v1/statements/" + id))
                .body("text", is("We stand by the decision."))
                .body("spokenByCharacter.'@type'", is("Person"))
                .body("spokenByCharacter.name", is(speaker))
                .body("spokenByCharacter.sameAs", is("https://www.wikidata.org/wiki/Q42"))
                .body("creator.'@type'", is("Organization"))
                .body("creator.name", is("Ministry " + tag))
                .body("dateCreated", is("2020-05"))
                .body("inLanguage", is("de"))
                .body("isBasedOn.url", contains("https://news.example.org/" + tag))
                .body("isBasedOn[0].publisher.name", is("Outlet " + tag))
                .body("about.name", contains("Decisions " + tag));

        given().accept("application/json").when().get("/api/v1/statements/" + id)
                .then().statusCode(200).contentType(startsWith("application/json"))
                .header("ETag", not(endsWith("-ld\""))).body("text", is("We stand by the decision."));
        given().when().get("/api/v1/statements/" + id).then().contentType(startsWith("application/json"));
    }
}
