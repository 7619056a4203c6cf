package io.verbatim;

import io.restassured.specification.RequestSpecification;

import java.util.Map;

import static io.restassured.RestAssured.given;

/** API keys for tests: the bootstrap admin key of the test profile, and fresh keys made through the API. */
public final class ApiKeys {

    /** Set as verbatim.admin-api-key in the test profile. */
    public static final String ADMIN = "vbk_test-admin-key-for-the-test-suite-only";

    private ApiKeys() {
    }

    /** A new key with this role, created by the admin; its secret. */
    public static String create(String role) {
        return create(role, "Test " + role + " " + TestData.unique());
    }

    /** A new key with this role and name; its secret. */
    public static String create(String role, String name) {
        return asAdmin().contentType("application/json")
                .body(Map.of("name", name, "role", role))
                .when().post("/api/v1/admin/api-keys")
                .then().statusCode(201).extract().path("key");
    }

    public static String editor() {
        return create("editor");
    }

    public static RequestSpecification asAdmin() {
        return as(ADMIN);
    }

    public static RequestSpecification as(String key) {
        return given().header("Authorization", "Bearer " + key);
    }
}
