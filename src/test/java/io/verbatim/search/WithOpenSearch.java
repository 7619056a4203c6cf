package io.verbatim.search;

import io.quarkus.test.junit.QuarkusTestProfile;

import java.util.List;
import java.util.Map;

/**
 * The service with VERBATIM_SEARCH_URL pointing at a real local OpenSearch node, searches answered by it, and
 * read-after-write on: tests write and then search at once. The shared point in time rotates only when this instance
 * has made new documents searchable (never on time), so that what the tests see does not depend on how fast the
 * machine is, and so that they show read-after-write holds without the time rotation.
 */
public class WithOpenSearch implements QuarkusTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("verbatim.search.read-after-write", "true", "verbatim.search.point-in-time-rotation", "1h");
    }

    @Override
    public List<TestResourceEntry> testResources() {
        return List.of(new TestResourceEntry(OpenSearchNodeResource.class));
    }
}
