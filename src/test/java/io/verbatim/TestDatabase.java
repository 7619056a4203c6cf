package io.verbatim;

import io.quarkus.test.common.QuarkusTestResource;

/** Registers the embedded PostgreSQL test resource for every {@code @QuarkusTest} in the module. */
@QuarkusTestResource(EmbeddedPostgresTestResource.class)
public final class TestDatabase {
    private TestDatabase() {
    }
}
