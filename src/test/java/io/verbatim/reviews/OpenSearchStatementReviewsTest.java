package io.verbatim.reviews;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.verbatim.search.WithOpenSearch;

/** {@link StatementReviewsTest} against OpenSearch: verdict and reviewed filters, the verdict facet. */
@QuarkusTest
@TestProfile(WithOpenSearch.class)
class OpenSearchStatementReviewsTest extends StatementReviewsTest {
}
