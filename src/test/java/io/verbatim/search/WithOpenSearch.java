package io.verbatim.search;

import io.quarkus.test.junit.QuarkusTestProfile;

import java.util.List;
import java.util.Map;

/**
 * The service with VERBATIM_SEARCH_URL pointing at a real local OpenSearch node, searches answered by it, and
 * read-after-write on: tests write and then search at once.
 */
public class WithOpenSearch implements QuarkusTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("verbatim.search.read-after-write", "true");
    }

    @Override
    public List<TestResourceEntry> testResources() {
        return List.of(new TestResourceEntry(OpenSearchNodeResource.class));
    }
}
