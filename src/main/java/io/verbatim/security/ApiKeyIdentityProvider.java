package io.verbatim.security;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.smallrye.mutiny.Uni;
import io.verbatim.limits.VerifiedKeys;
import jakarta.enterprise.context.ApplicationScoped;

/** Turns a presented secret into the identity of its key (name and role), looking it up by hash. */
@ApplicationScoped
public class ApiKeyIdentityProvider implements IdentityProvider<ApiKeyAuthenticationRequest> {

    public static final String KEY_ID_ATTRIBUTE = "verbatim.api-key-id";

    private final ApiKeyService keys;
    private final VerifiedKeys verifiedKeys;

    public ApiKeyIdentityProvider(ApiKeyService keys, VerifiedKeys verifiedKeys) {
        this.keys = keys;
        this.verifiedKeys = verifiedKeys;
    }

    @Override
    public Class<ApiKeyAuthenticationRequest> getRequestType() {
        return ApiKeyAuthenticationRequest.class;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(ApiKeyAuthenticationRequest request,
                                              AuthenticationRequestContext context) {
        return context.runBlocking(() -> {
            String hash = ApiKeySecrets.hash(request.secret());
            ApiKey key = QuarkusTransaction.requiringNew().call(() -> keys.findActive(hash).orElse(null));
            if (key == null) {
                throw new AuthenticationFailedException("Unknown or revoked API key");
            }
            // From now on the rate limiter counts this key's requests apart from its IP's
            verifiedKeys.remember(hash, key.id);
            return QuarkusSecurityIdentity.builder()
                    .setPrincipal(new QuarkusPrincipal(key.name))
                    .addRoles(Roles.granted(key.role))
                    .addAttribute(KEY_ID_ATTRIBUTE, key.id)
                    .build();
        });
    }
}
