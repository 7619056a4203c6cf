package io.verbatim.search;

import io.quarkus.test.junit.QuarkusTestProfile;

import java.util.Map;

/**
 * A match limit of 5 and a scan budget of one statement, so that every text query goes through the full-text index
 * and a word with more than 5 matches is one "too common to rank every match" there; a phrase's words found together
 * in more than 12 statements are checked for their order in the first 12 only.
 */
public class SmallMatchLimit implements QuarkusTestProfile {

    static final int LIMIT = 5;
    static final int PHRASE_CANDIDATES = 12;
    static final int SCAN_BUDGET = 12;

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("verbatim.search.match-limit", String.valueOf(LIMIT),
                "verbatim.search.scan-budget", String.valueOf(SCAN_BUDGET),
                "verbatim.search.densest-per-word", "2",
                "verbatim.search.phrase-candidate-limit", String.valueOf(PHRASE_CANDIDATES));
    }
}
