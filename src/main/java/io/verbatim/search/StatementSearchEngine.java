package io.verbatim.search;

import io.verbatim.view.StatementPage;

/**
 * What answers GET /statements: PostgreSQL ({@link StatementSearch}) by default, OpenSearch
 * ({@link OpenSearchStatementSearch}) when VERBATIM_SEARCH_URL is set. Both take a query validated by the shared code
 * (parameters, cursors) and answer the same page format, so the API and its errors do not depend on the engine.
 */
public interface StatementSearchEngine {

    StatementPage search(StatementQuery query);
}
