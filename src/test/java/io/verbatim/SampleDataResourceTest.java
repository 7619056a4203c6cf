package io.verbatim;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;

@QuarkusTest
class SampleDataResourceTest {

    @Test
    void shouldServeGorStatementOnBehalfOfRandPaulWithTwoSources() {
        given().when().get("/api/v1/speakers/sergio-gor/statements")
                .then().statusCode(200)
                .body("items", hasSize(1))
                .body("items[0].onBehalfOf.slug", is("rand-paul"))
                .body("items[0].sources", hasSize(2))
                .body("items[0].sources.outlet", hasItems("The Daily Beast", "Roll Call"))
                .body("items[0].sources.attribution", hasItems("a Paul spokesman said"));
    }
}
