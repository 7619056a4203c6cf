package io.verbatim.search;

import io.quarkus.logging.Log;
import io.quarkus.runtime.StartupEvent;
import io.verbatim.config.VerbatimConfig;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Turns the change record of an external search engine (search_change, docs/opensearch.md) on at start when
 * VERBATIM_SEARCH_URL is set, and off otherwise, so that nothing accumulates when no indexer reads it.
 */
@ApplicationScoped
public class SearchIndexingSwitch {

    private final DataSource dataSource;
    private final VerbatimConfig config;

    public SearchIndexingSwitch(DataSource dataSource, VerbatimConfig config) {
        this.dataSource = dataSource;
        this.config = config;
    }

    void onStart(@Observes @Priority(10) StartupEvent event) {
        boolean enabled = config.search().url().isPresent();
        apply(enabled);
        if (enabled) {
            Log.infof("Statement changes are recorded for the search engine at %s", config.search().url().get());
        }
    }

    /** Records changes from now on (enabled), or stops and forgets the unsent ones. */
    public void apply(boolean enabled) {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            if (enabled) {
                // Changes made while recording was off are missing: the index is stale until rebuilt.
                statement.executeUpdate("UPDATE search_indexing SET stale = stale OR NOT enabled, enabled = true");
            } else if (statement.executeUpdate("UPDATE search_indexing SET enabled = false WHERE enabled") > 0) {
                statement.executeUpdate("DELETE FROM search_change");
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not switch the search change record", e);
        }
    }
}
