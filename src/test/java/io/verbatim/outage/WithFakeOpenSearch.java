package io.verbatim.outage;

import io.quarkus.test.junit.QuarkusTestProfile;

import java.util.List;
import java.util.Map;

/** VERBATIM_SEARCH_URL pointing at {@link FakeOpenSearch}, with basic credentials to send. */
public class WithFakeOpenSearch implements QuarkusTestProfile {

    static final String USERNAME = "verbatim-search";
    static final String PASSWORD = "s3cret:with-colon";

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("verbatim.search.username", USERNAME, "verbatim.search.password", PASSWORD);
    }

    @Override
    public List<TestResourceEntry> testResources() {
        return List.of(new TestResourceEntry(FakeOpenSearch.class));
    }
}
