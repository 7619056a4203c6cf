package io.verbatim.search;

import io.quarkus.test.junit.QuarkusTestProfile;

import java.util.List;

/** The service with VERBATIM_SEARCH_URL pointing at a real local OpenSearch node. */
public class WithOpenSearch implements QuarkusTestProfile {

    @Override
    public List<TestResourceEntry> testResources() {
        return List.of(new TestResourceEntry(OpenSearchNodeResource.class));
    }
}
