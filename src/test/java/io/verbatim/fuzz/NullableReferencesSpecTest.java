package io.verbatim.fuzz;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A property that may be null says so in its type: the fuzzer found {@code onBehalfOf: null} served where the spec
 * had {@code type: object} beside {@code anyOf: [$ref, null]}, which validators read as never null.
 */
@QuarkusTest
class NullableReferencesSpecTest {

    @Test
    void shouldAllowNullInTheTypeOfEveryPropertyThatMayBeNull() throws IOException {
        JsonNode spec = new ObjectMapper().readTree(given().queryParam("format", "json").when().get("/q/openapi")
                .then().statusCode(200).extract().asString());
        List<String> dishonest = new ArrayList<>();
        for (Map.Entry<String, JsonNode> schema : spec.at("/components/schemas").properties()) {
            for (Map.Entry<String, JsonNode> property : schema.getValue().path("properties").properties()) {
                JsonNode type = property.getValue().path("type");
                boolean anyOfNull = false;
                for (JsonNode option : property.getValue().path("anyOf")) {
                    anyOfNull |= option.path("type").asText().equals("null");
                }
                if (anyOfNull && !type.isMissingNode() && !type.toString().contains("\"null\"")) {
                    dishonest.add(schema.getKey() + "." + property.getKey() + " " + type);
                }
            }
        }
        assertThat(dishonest).isEmpty();
        assertThat(spec.at("/components/schemas/Statement/properties/onBehalfOf/type").toString()).contains("null");
        assertThat(spec.at("/components/schemas/ExtractedStatement/properties/speakerRole/type").toString())
                .contains("null");
    }
}
