package io.verbatim.outage;

import io.quarkus.test.junit.QuarkusTestProfile;

import java.util.Map;

/**
 * Its own application and so its own embedded PostgreSQL (test resources restart with a profile), which the outage
 * test stops and restarts; a 3 s pool acquisition timeout bounds how long a request waits for a connection.
 */
public class ShortAcquisitionTimeout implements QuarkusTestProfile {

    static final int ACQUISITION_TIMEOUT_SECONDS = 3;

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("quarkus.datasource.jdbc.acquisition-timeout", ACQUISITION_TIMEOUT_SECONDS + "S");
    }
}
