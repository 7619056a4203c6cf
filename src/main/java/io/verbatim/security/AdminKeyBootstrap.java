package io.verbatim.security;

import io.quarkus.logging.Log;
import io.quarkus.runtime.StartupEvent;
import io.verbatim.config.VerbatimConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/** At start, makes the key given in VERBATIM_ADMIN_API_KEY a working admin key (for bootstrapping and automation). */
@ApplicationScoped
public class AdminKeyBootstrap {

    static final String NAME = "bootstrap admin (VERBATIM_ADMIN_API_KEY)";
    /** 128 bits as base64 text. */
    static final int MIN_LENGTH = 22;

    private final VerbatimConfig config;
    private final ApiKeyService keys;

    public AdminKeyBootstrap(VerbatimConfig config, ApiKeyService keys) {
        this.config = config;
        this.keys = keys;
    }

    void onStart(@Observes StartupEvent event) {
        config.adminApiKey().map(String::strip).filter(secret -> !secret.isEmpty()).ifPresent(secret -> {
            if (secret.length() < MIN_LENGTH) {
                throw new IllegalStateException("VERBATIM_ADMIN_API_KEY must be at least " + MIN_LENGTH
                        + " characters long (128 random bits or more)");
            }
            keys.ensureAdmin(secret, NAME);
            Log.info("The admin API key of VERBATIM_ADMIN_API_KEY is active");
        });
    }
}
