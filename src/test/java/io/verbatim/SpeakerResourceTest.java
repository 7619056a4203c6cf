package io.verbatim;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.verbatim.domain.Slugs;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static io.verbatim.ProblemAssertions.assertInvalidParameter;
import static io.verbatim.ProblemAssertions.assertProblem;
import static io.verbatim.TestData.statement;
import static io.verbatim.TestData.unique;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;

@QuarkusTest
class SpeakerResourceTest {

    @Inject
    TestData data;

    @Test
    void shouldServeSpeakerBySlugAndByIdWithAliasesRolesAndCount() {
        String name = "Björn Åkesson " + unique();
        data.store(statement(name, "Words one.", "2019-01-01")
                        .speaker("aliases", List.of("Minister Åkesson"))
                        .speaker("wikidataId", "Q42")
                        .speaker("roles", List.of(Map.of("title", "Minister", "organization", "Government",
                                "party", "Centre", "jurisdiction", "Sweden", "from", "2014-10-03"))),
                statement(name, "Words two.", "2019-02-01"),
                statement(name, "Withdrawn words.", "2019-03-01").with("status", "RETRACTED"));
        String slug = Slugs.of(name);
        assertThat(slug).startsWith("bjorn-akesson-");

        String id = given().when().get("/api/v1/speakers/" + slug)
                .then().statusCode(200)
                .body("slug", is(slug))
                .body("name", is(name))
                .body("kind", is("PERSON"))
                .body("aliases", contains("Minister Åkesson"))
                .body("wikidataId", is("Q42"))
                .body("roles[0].title", is("Minister"))
                .body("roles[0].party", is("Centre"))
                .body("roles[0].jurisdiction", is("Sweden"))
                .body("roles[0].from", is("2014-10-03"))
                .body("roles[0].to", is((Object) null))
                .body("statementCount", is(2))
                .extract().path("id");

        given().when().get("/api/v1/speakers/" + id)
                .then().statusCode(200).body("slug", is(slug));
        given().when().get("/api/v1/speakers/" + slug.toUpperCase())
                .then().statusCode(200).body("id", is(id));
    }

    @Test
    void shouldServeSampleSpeakersOfTheSeedArticle() {
        given().when().get("/api/v1/speakers/rand-paul")
                .then().statusCode(200)
                .body("roles[0].party", is("Republican"))
                .body("roles[0].jurisdiction", is("Kentucky"));
        given().when().get("/api/v1/speakers/the-white-house")
                .then().statusCode(200)
                .body("kind", is("ORGANIZATION"));
        given().when().get("/api/v1/speakers/jeanne-shaheen")
                .then().statusCode(200)
                .body("statementCount", is(1))
                .body("roles[0].party", is("Democratic"));
    }

    @Test
    void shouldPageAllSpeakersInSlugOrder() {
        String prefix = "Zz Pager " + unique();
        data.store(statement(prefix + " A", "a", "2018-01-01"), statement(prefix + " B", "b", "2018-01-01"));

        List<String> slugs = new ArrayList<>();
        String cursor = null;
        int pages = 0;
        do {
            var request = given().queryParam("limit", 3);
            if (cursor != null) {
                request.queryParam("cursor", cursor);
            }
            JsonPath page = request.when().get("/api/v1/speakers").then().statusCode(200).extract().jsonPath();
            slugs.addAll(page.getList("items.slug"));
            cursor = page.getString("nextCursor");
            pages++;
        } while (cursor != null && pages < 1000);

        assertThat(slugs).doesNotHaveDuplicates().isSorted()
                .contains(Slugs.of(prefix + " A"), Slugs.of(prefix + " B"), "rand-paul", "sergio-gor");
    }

    @Test
    void shouldListOnlyTheSpeakersOwnStatements() {
        String spokesperson = "Spoke Person " + unique();
        String principal = "Principal Person " + unique();
        data.store(statement(spokesperson, "Said for the boss.", "2021-06-01")
                        .with("onBehalfOf", Map.of("name", principal)),
                statement(principal, "Said by the boss.", "2021-06-02"));

        given().when().get("/api/v1/speakers/" + Slugs.of(spokesperson) + "/statements")
                .then().statusCode(200)
                .body("items.text", contains("Said for the boss."))
                .body("items[0].onBehalfOf.name", is(principal));
        given().when().get("/api/v1/speakers/" + Slugs.of(principal) + "/statements")
                .then().statusCode(200)
                .body("items.text", contains("Said by the boss."));
    }

    @Test
    void shouldAnswerNotFoundForUnknownSpeaker() {
        assertProblem(given().when().get("/api/v1/speakers/nobody-" + unique()).then(), 404)
                .body("type", is("/problems/not-found"));
        assertProblem(given().when().get("/api/v1/speakers/00000000-0000-4000-8000-000000000000").then(), 404);
        assertProblem(given().when().get("/api/v1/speakers/nobody-" + unique() + "/statements").then(), 404);
    }

    @Test
    void shouldRejectBadPagingOnSpeakerListings() {
        assertInvalidParameter(given().queryParam("limit", 0).when().get("/api/v1/speakers").then(), "limit");
        assertInvalidParameter(given().queryParam("cursor", "bogus").when().get("/api/v1/speakers").then(), "cursor");
        assertInvalidParameter(given().queryParam("limit", 500)
                .when().get("/api/v1/speakers/rand-paul/statements").then(), "limit");
    }

    @Test
    void shouldResolveSpeakerByAliasOnImport() {
        String name = "Alias Holder " + unique();
        String alias = "The Honourable " + name;
        data.store(statement(name, "First.", "2022-01-01").speaker("aliases", List.of(alias)));
        data.store(statement(alias, "Second, by alias.", "2022-01-02"));

        given().when().get("/api/v1/speakers/" + Slugs.of(name) + "/statements")
                .then().statusCode(200)
                .body("items.text", hasItem("Second, by alias."));
        assertProblem(given().when().get("/api/v1/speakers/" + Slugs.of(alias)).then(), 404);
    }
}
