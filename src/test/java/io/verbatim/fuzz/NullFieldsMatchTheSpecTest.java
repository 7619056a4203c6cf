package io.verbatim.fuzz;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.verbatim.TestData;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A statement with no externalId, from a source with no title or date, cited with no attribution wording, is served
 * with those fields null, and the committed spec allows it (the fuzzer found the spec saying they were never null).
 */
@QuarkusTest
class NullFieldsMatchTheSpecTest {

    @Inject
    TestData data;

    @Test
    void shouldServeNullOptionalFieldsThatTheCommittedSpecAllows() throws Exception {
        String word = TestData.uniqueWord();
        data.importNdjson("""
                {"text": "Nothing optional given, %s.", "kind": "DIRECT", "language": "en",
                 "speaker": {"name": "Bare Speaker %s"}, "saidOn": "2021-03-04",
                 "source": {"url": "https://bare.example.org/%s", "outlet": "Bare Outlet"}}"""
                .formatted(word, word, word).replace("\n", " "));
        String page = given().queryParam("q", word).when().get("/api/v1/statements")
                .then().statusCode(200).extract().asString();
        JsonNode statement = new ObjectMapper().readTree(page).path("items").path(0);
        assertThat(statement.path("externalId").isNull()).isTrue();
        assertThat(statement.at("/sources/0/attribution").isNull()).isTrue();
        assertThat(statement.at("/sources/0/title").isNull()).isTrue();

        OpenApiDocument spec = OpenApiDocument.read(Path.of("openapi", "openapi.yaml"));
        JsonNode schema = new ObjectMapper().readTree("{\"$ref\": \"#/components/schemas/Statement\"}");
        assertThat(new SchemaChecker(spec).violations(statement, schema)).isEmpty();
    }
}
