package io.verbatim.search;

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
 * trip instead of the ORM's statement, speakers, topics and sources queries), ready to be written as is.
 */
@ApplicationScoped
public class StatementReader {

    private static final String BY_ID = "SELECT " + StatementJson.SELECT + ", s.version FROM statement s"
            + StatementJson.JOINS + " WHERE s.id = ?";

    private final DataSource dataSource;

    public StatementReader(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** The statement's JSON and its version (for the ETag). */
    public record Found(String json, int version) {
    }

    public Optional<Found> byId(UUID id) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(BY_ID)) {
            statement.setObject(1, id);
            try (ResultSet row = statement.executeQuery()) {
                return row.next() ? Optional.of(new Found(row.getString(1), row.getInt(2))) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new SearchFailedException(e);
        }
    }
}
