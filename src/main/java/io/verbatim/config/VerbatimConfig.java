package io.verbatim.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.smallrye.config.WithName;

import java.util.Optional;

/** Application settings; each can be overridden by an environment variable (VERBATIM_...). */
@ConfigMapping(prefix = "verbatim")
public interface VerbatimConfig {

    /**
     * Load the sample statements into an empty database at start. When unset: true on the embedded database,
     * false on an external one.
     */
    Optional<Boolean> sampleData();

    /** Set by the launcher when it started the embedded PostgreSQL; not meant to be set by hand. */
    @WithDefault("false")
    boolean embeddedDatabase();

    /**
     * An admin API key to make sure exists at start (VERBATIM_ADMIN_API_KEY), for bootstrapping and automation; at
     * least 22 characters.
     */
    Optional<String> adminApiKey();

    /** The most lines one import request may carry (VERBATIM_IMPORT_MAX_LINES); the rest is refused, not read. */
    @WithName("import-max-lines")
    @WithDefault("100000")
    int importMaxLines();

    default boolean loadSampleData() {
        return sampleData().orElse(embeddedDatabase());
    }
}
