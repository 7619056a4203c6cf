package io.verbatim.search;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/** {@link StatementSearchTest} against OpenSearch (VERBATIM_SEARCH_URL set): the same API, the same answers. */
@QuarkusTest
@TestProfile(WithOpenSearch.class)
class OpenSearchStatementSearchTest extends StatementSearchTest {
}
