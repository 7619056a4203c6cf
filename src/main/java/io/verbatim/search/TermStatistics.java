package io.verbatim.search;

import jakarta.enterprise.context.ApplicationScoped;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;

/**
 * How common each frequent lexeme is among the statements: the planner's own statistics of the search vectors
 * ({@code pg_stats.most_common_elems}, refreshed by ANALYZE and autovacuum), read at most once a minute. A lexeme
 * missing from them is rarer than the least common one listed.
 */
@ApplicationScoped
public class TermStatistics {

    private static final long REFRESH_NANOS = 60_000_000_000L;

    private volatile Map<String, Double> frequencies = Map.of();
    private volatile long readAt = Long.MIN_VALUE;

    /** The share of statements (0 to 1) whose search vector holds {@code lexeme}, 0 when it is not a frequent one. */
    double frequency(Connection connection, String lexeme) throws SQLException {
        long now = System.nanoTime();
        if (readAt == Long.MIN_VALUE || now - readAt > REFRESH_NANOS) {
            frequencies = read(connection);
            readAt = now;
        }
        return frequencies.getOrDefault(lexeme, 0.0);
    }

    private static Map<String, Double> read(Connection connection) throws SQLException {
        Map<String, Double> read = new HashMap<>();
        try (PreparedStatement statement = connection.prepareStatement("SELECT e.lexeme, e.frequency"
                + " FROM pg_stats, unnest(most_common_elems::text::text[], most_common_elem_freqs) e(lexeme, frequency)"
                + " WHERE schemaname = current_schema() AND tablename = 'statement' AND attname = 'search_vector'"
                + " AND e.lexeme IS NOT NULL");
             ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
                read.put(rows.getString(1), rows.getDouble(2));
            }
        }
        return Map.copyOf(read);
    }
}
