package io.verbatim;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/** Reads a number straight from the database, for what a test cannot see through the API (history rows, queues). */
@ApplicationScoped
public class DatabaseCounts {

    private final AgroalDataSource dataSource;

    public DatabaseCounts(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** The first column of the first row of {@code sql}, with {@code parameters} bound in order. */
    public long count(String sql, Object... parameters) throws SQLException {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement query = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                query.setObject(i + 1, parameters[i]);
            }
            try (ResultSet rows = query.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }
}
