package io.verbatim;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static io.restassured.RestAssured.given;
import static io.verbatim.ApiKeys.as;
import static io.verbatim.ApiKeys.asAdmin;
import static io.verbatim.ProblemAssertions.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

/** API keys: who may manage them, how they authenticate, and that secrets are shown once. */
@QuarkusTest
class ApiKeyResourceTest {

    private static final String KEYS = "/api/v1/admin/api-keys";

    @Test
    void shouldAnswerAnonymousKeyCreationWith401ProblemAndChallenge() {
        assertProblem(given().contentType("application/json").body(Map.of("name", "x", "role", "editor"))
                .when().post(KEYS).then(), 401)
                .header("WWW-Authenticate", is("Bearer realm=\"verbatim\""))
                .body("type", is("/problems/unauthorized"));
    }

    @Test
    void shouldAnswerAnUnknownKeyOnAWriteWith401Problem() {
        assertProblem(as("vbk_not-a-key").when().get(KEYS).then(), 401)
                .header("WWW-Authenticate", startsWith("Bearer"));
        assertProblem(given().header("X-API-Key", "vbk_not-a-key").when().get(KEYS).then(), 401);
    }

    @Test
    void shouldCreateAKeyShownOnceThatAuthenticatesByEitherHeader() {
        var created = asAdmin().contentType("application/json")
                .body(Map.of("name", "Importer " + TestData.unique(), "role", "admin"))
                .when().post(KEYS)
                .then().statusCode(201)
                .header("Location", notNullValue())
                .body("role", is("admin"))
                .body("key", startsWith("vbk_"))
                .extract().jsonPath();
        String secret = created.getString("key");
        assertThat(secret.length()).isGreaterThanOrEqualTo(4 + 43);

        as(secret).when().get(KEYS).then().statusCode(200)
                .body("items.id", hasItem(created.getString("id")))
                .body("items.key", not(hasItem(secret)))
                .body(not(org.hamcrest.Matchers.containsString(secret)));
        given().header("X-API-Key", secret).when().get(KEYS).then().statusCode(200);
    }

    @Test
    void shouldForbidAnEditorEveryAdminRoute() {
        String editor = ApiKeys.editor();
        assertProblem(as(editor).when().get(KEYS).then(), 403).body("type", is("/problems/forbidden"));
        assertProblem(as(editor).contentType("application/json").body(Map.of("name", "x", "role", "admin"))
                .when().post(KEYS).then(), 403);
        assertProblem(as(editor).when().delete(KEYS + "/3f2c1d4e-5b6a-4789-8abc-0123456789ab").then(), 403);
    }

    @Test
    void shouldRefuseUseOfAKeyAfterItsRevocation() {
        var created = asAdmin().contentType("application/json")
                .body(Map.of("name", "Revoked " + TestData.unique(), "role", "admin"))
                .when().post(KEYS).then().statusCode(201).extract().jsonPath();
        as(created.getString("key")).when().get(KEYS).then().statusCode(200);

        asAdmin().when().delete(KEYS + "/" + created.getString("id")).then().statusCode(204);
        asAdmin().when().delete(KEYS + "/" + created.getString("id")).then().statusCode(204);

        assertProblem(as(created.getString("key")).when().get(KEYS).then(), 401);
        asAdmin().when().get(KEYS).then().statusCode(200)
                .body("items.find { it.id == '" + created.getString("id") + "' }.revokedAt", notNullValue());
    }

    @Test
    void shouldIgnoreABadKeyOnAPublicRead() {
        as("vbk_not-a-key").when().get("/api/v1/statements").then().statusCode(200);
        given().header("X-API-Key", "garbage").when().get("/api/v1/speakers").then().statusCode(200);
        given().header("Authorization", "Bearer").when().get("/api/v1/topics").then().statusCode(200);
    }

    @Test
    void shouldRejectAnUnknownRoleNamingTheField() {
        assertProblem(asAdmin().contentType("application/json").body(Map.of("name", "x", "role", "Editor"))
                .when().post(KEYS).then(), 400)
                .body("errors.field", hasItem("role"));
    }

    @Test
    void shouldAnswer404ForRevokingAnUnknownKey() {
        assertProblem(asAdmin().when().delete(KEYS + "/3f2c1d4e-5b6a-4789-8abc-0123456789ab").then(), 404)
                .body("detail", is("No API key has the id 3f2c1d4e-5b6a-4789-8abc-0123456789ab."))
                .body("errors", nullValue());
    }
}
