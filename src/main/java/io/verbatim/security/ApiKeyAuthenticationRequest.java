package io.verbatim.security;

import io.quarkus.security.identity.request.BaseAuthenticationRequest;

/** The secret presented in {@code Authorization: Bearer} or {@code X-API-Key}, still to be checked. */
public class ApiKeyAuthenticationRequest extends BaseAuthenticationRequest {

    private final String secret;

    public ApiKeyAuthenticationRequest(String secret) {
        this.secret = secret;
    }

    public String secret() {
        return secret;
    }
}
