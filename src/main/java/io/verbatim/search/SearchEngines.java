package io.verbatim.search;

import io.verbatim.config.VerbatimConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.enterprise.inject.Produces;

/** Chooses the statement search engine from the configuration: OpenSearch when VERBATIM_SEARCH_URL is set. */
@ApplicationScoped
public class SearchEngines {

    @Produces
    @ApplicationScoped
    StatementSearchEngine statementSearch(VerbatimConfig config, Instance<StatementSearch> postgres,
                                          Instance<OpenSearchStatementSearch> openSearch) {
        return config.search().url().isPresent() ? openSearch.get() : postgres.get();
    }
}
