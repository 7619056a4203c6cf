package io.verbatim;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.restassured.RestAssured.given;
import static io.verbatim.ProblemAssertions.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.is;

/**
 * Every write route against every role: anonymous is 401, a key without the role is 403, a key with it gets past
 * security (whatever the route then says about the deliberately empty body).
 */
@QuarkusTest
class SecurityMatrixTest {

    private static final String ID = "3f2c1d4e-5b6a-4789-8abc-0123456789ab";

    private record Route(String method, String path, String contentType, String body) {
        @Override
        public String toString() {
            return method + " " + path;
        }
    }

    private static final List<Route> EDITOR_ROUTES = List.of(
            new Route("POST", "/api/v1/statements", "application/json", "{}"),
            new Route("PUT", "/api/v1/statements/" + ID, "application/json", "{}"),
            new Route("PATCH", "/api/v1/statements/" + ID, "application/merge-patch+json", "{}"),
            new Route("DELETE", "/api/v1/statements/" + ID, null, null),
            new Route("POST", "/api/v1/statements/" + ID + "/restore", null, null),
            new Route("POST", "/api/v1/statements/" + ID + "/publish", null, null),
            new Route("POST", "/api/v1/extractions?save=true", "application/json", "{}"),
            new Route("POST", "/api/v1/speakers", "application/json", "{}"),
            new Route("PUT", "/api/v1/speakers/nobody-here", "application/json", "{}"),
            new Route("PATCH", "/api/v1/speakers/nobody-here", "application/merge-patch+json", "{}"),
            new Route("POST", "/api/v1/speakers/nobody-here/merge", "application/json", "{}"),
            new Route("POST", "/api/v1/topics", "application/json", "{}"),
            new Route("PUT", "/api/v1/topics/nothing-here", "application/json", "{}"),
            new Route("PATCH", "/api/v1/topics/nothing-here", "application/merge-patch+json", "{}"),
            new Route("POST", "/api/v1/sources", "application/json", "{}"),
            new Route("PUT", "/api/v1/sources/" + ID, "application/json", "{}"),
            new Route("PATCH", "/api/v1/sources/" + ID, "application/merge-patch+json", "{}"),
            new Route("POST", "/api/v1/import", "text/csv", ""));

    private static final List<Route> ADMIN_ROUTES = List.of(
            new Route("POST", "/api/v1/admin/api-keys", "application/json", "{}"),
            new Route("GET", "/api/v1/admin/api-keys", null, null),
            new Route("DELETE", "/api/v1/admin/api-keys/" + ID, null, null),
            new Route("POST", "/api/v1/admin/search/reindex", null, null),
            new Route("GET", "/api/v1/admin/search", null, null));

    private static int call(RequestSpecification request, Route route) {
        if (route.contentType() != null) {
            request = request.contentType(route.contentType()).body(route.body());
        }
        return request.when().request(route.method(), route.path()).then().extract().statusCode();
    }

    @Test
    void shouldAnswerEveryAnonymousWriteWith401ProblemAndChallenge() {
        for (Route route : concat(EDITOR_ROUTES, ADMIN_ROUTES)) {
            var request = given();
            if (route.contentType() != null) {
                request = request.contentType(route.contentType()).body(route.body());
            }
            assertProblem(request.when().request(route.method(), route.path()).then(), 401)
                    .header("WWW-Authenticate", is("Bearer realm=\"verbatim\""));
        }
    }

    @Test
    void shouldLetEditorsAndAdminsPastSecurityOnEveryEditorRoute() {
        String editor = ApiKeys.editor();
        for (Route route : EDITOR_ROUTES) {
            assertThat(call(ApiKeys.as(editor), route)).as("editor on %s", route).isNotIn(401, 403);
            assertThat(call(ApiKeys.asAdmin(), route)).as("admin on %s", route).isNotIn(401, 403);
        }
    }

    @Test
    void shouldForbidEditorsEveryAdminRouteAndLetAdminsPast() {
        String editor = ApiKeys.editor();
        for (Route route : ADMIN_ROUTES) {
            assertThat(call(ApiKeys.as(editor), route)).as("editor on %s", route).isEqualTo(403);
            assertThat(call(ApiKeys.asAdmin(), route)).as("admin on %s", route).isNotIn(401, 403);
        }
    }

    private static List<Route> concat(List<Route> first, List<Route> second) {
        return java.util.stream.Stream.concat(first.stream(), second.stream()).toList();
    }
}
