package io.verbatim;

import io.restassured.response.ValidatableResponse;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;

/** Checks that an answer is an RFC 9457 problem with nothing internal in it. */
public final class ProblemAssertions {

    private ProblemAssertions() {
    }

    public static ValidatableResponse assertProblem(ValidatableResponse response, int status) {
        return response.statusCode(status)
                .contentType(startsWith("application/problem+json"))
                .body("status", is(status))
                .body("type", startsWith("/problems/"))
                .body("title", notNullValue())
                .body("detail", notNullValue())
                .body("instance", startsWith("/"))
                .body(not(containsString("Exception")))
                .body(not(containsString("\tat ")))
                .body(not(containsString("jdbc:")))
                .body(not(containsString("SELECT")));
    }

    public static ValidatableResponse assertInvalidParameter(ValidatableResponse response, String parameter) {
        return assertProblem(response, 400)
                .body("type", is("/problems/invalid-parameter"))
                .body("errors.field", hasItem(parameter))
                .body("detail", containsString(parameter));
    }
}
