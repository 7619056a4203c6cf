package io.verbatim.search;

import io.verbatim.view.StatementView;
import jakarta.enterprise.context.ApplicationScoped;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import java.util.UUID;

/**
 * Reads one statement by id in a single query, built as JSON by PostgreSQL exactly as search results are (one round
 * trip instead of the ORM's statement, speakers, topics and sources queries).
 */
@ApplicationScoped
public class StatementReader {

    private static final String BY_ID = "SELECT " + StatementJson.SELECT + " FROM statement s" + StatementJson.JOINS
            + " WHERE s.id = ?";

    private final DataSource dataSource;
    private final StatementRows rows;

    public StatementReader(DataSource dataSource, StatementRows rows) {
        this.dataSource = dataSource;
        this.rows = rows;
    }

    public Optional<StatementView> byId(UUID id) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(BY_ID)) {
            statement.setObject(1, id);
            try (ResultSet row = statement.executeQuery()) {
                return row.next() ? Optional.of(rows.read(row.getString(1))) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new SearchFailedException(e);
        }
    }
}
