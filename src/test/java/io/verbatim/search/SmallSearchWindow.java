package io.verbatim.search;

import io.quarkus.test.junit.QuarkusTestProfile;

import java.util.Map;

/**
 * A search window of 5 matches, so that a handful of statements make a word "common": counts stop above it and
 * relevance ranks the newest 5 matches plus the densest ones. The scan budget covers the whole test database, so a
 * word with more than 5 matches always takes the bounded path.
 */
public class SmallSearchWindow implements QuarkusTestProfile {

    static final int WINDOW = 5;

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("verbatim.search.window", String.valueOf(WINDOW),
                "verbatim.search.scan-budget", "1000000",
                "verbatim.search.densest-per-word", "3");
    }
}
