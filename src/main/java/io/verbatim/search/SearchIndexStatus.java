package io.verbatim.search;

import io.verbatim.config.VerbatimConfig;
import io.verbatim.view.SearchIndexStatusView;
import jakarta.enterprise.context.ApplicationScoped;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/** The search index's state as PostgreSQL records it (search_indexing, search_change). */
@ApplicationScoped
public class SearchIndexStatus {

    /** Refusals after which a change counts as a dead letter. */
    static final int DEAD_LETTER_ATTEMPTS = 5;

    private final DataSource dataSource;
    private final VerbatimConfig config;

    public SearchIndexStatus(DataSource dataSource, VerbatimConfig config) {
        this.dataSource = dataSource;
        this.config = config;
    }

    public SearchIndexStatusView read() {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement select = connection.prepareStatement("SELECT i.live_index, i.building_index, i.stale,"
                     + " c.pending, c.retrying, c.dead FROM search_indexing i, (SELECT count(*) AS pending,"
                     + " count(*) FILTER (WHERE attempts > 0) AS retrying, count(*) FILTER (WHERE attempts >= ?) AS dead"
                     + " FROM search_change) c")) {
            select.setInt(1, DEAD_LETTER_ATTEMPTS);
            try (ResultSet row = select.executeQuery()) {
                row.next();
                return new SearchIndexStatusView(config.search().url().isPresent(), row.getString(1), row.getString(2),
                        row.getBoolean(3), row.getLong(4), row.getLong(5), row.getLong(6));
            }
        } catch (SQLException e) {
            throw new SearchFailedException(e);
        }
    }
}
