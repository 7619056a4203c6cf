package io.verbatim.limits;

import io.quarkus.test.junit.QuarkusTestProfile;

import java.util.HashMap;
import java.util.Map;

/**
 * Small limits that a test reaches in a few requests: one token back a minute (a test on a loaded machine took 26 s
 * for four requests, so one token every ten seconds came back mid-test), bursts of 5 reads, 3 searches, 3 writes, 2 imports. Clients are told apart by {@code X-Forwarded-For}, as behind a trusted proxy.
 */
public class SmallRateLimits implements QuarkusTestProfile {

    static final int PER_MINUTE = 1;
    static final int READ_BURST = 5;
    static final int SEARCH_BURST = 3;
    static final int WRITE_BURST = 3;

    @Override
    public Map<String, String> getConfigOverrides() {
        Map<String, String> config = new HashMap<>();
        rate(config, "reads", PER_MINUTE, READ_BURST);
        rate(config, "search", PER_MINUTE, SEARCH_BURST);
        rate(config, "writes", PER_MINUTE, WRITE_BURST);
        rate(config, "import", PER_MINUTE, 2);
        config.put("quarkus.http.proxy.proxy-address-forwarding", "true");
        config.put("quarkus.http.proxy.allow-x-forwarded", "true");
        return config;
    }

    private static void rate(Map<String, String> config, String routeClass, int perMinute, int burst) {
        // Both forms: the %test ones of application.properties would win over plain names
        for (String prefix : new String[] {"", "%test."}) {
            config.put(prefix + "verbatim.rate-limit." + routeClass + ".per-minute", String.valueOf(perMinute));
            config.put(prefix + "verbatim.rate-limit." + routeClass + ".burst", String.valueOf(burst));
        }
    }
}
