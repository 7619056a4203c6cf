package io.verbatim.bench;

import io.verbatim.embedded.EmbeddedPostgresServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;

import static org.assertj.core.api.Assertions.assertThat;

/** A small run of the benchmark data generator, so that the benchmark scripts do not rot. */
class BenchDataTest {

    @TempDir
    Path dataDirectory;

    @Test
    void shouldLoadTheSameSearchableDataForTheSameSeed() throws Exception {
        try (EmbeddedPostgresServer server = EmbeddedPostgresServer.start(dataDirectory)) {
            BenchData.load(server.jdbcUrl(), 600, 7);
            assertThat(count(server, "SELECT count(*) FROM statement")).isEqualTo(600);
            assertThat(count(server, "SELECT count(*) FROM speaker")).isEqualTo(BenchData.SPEAKERS);
            assertThat(count(server, "SELECT count(*) FROM topic WHERE parent_id IS NOT NULL"))
                    .isEqualTo(BenchData.TOPIC_ROOTS * BenchData.TOPICS_PER_ROOT);
            assertThat(count(server, "SELECT count(*) FROM statement WHERE search_vector @@ to_tsquery('verbatim_english', 'government')"))
                    .isGreaterThan(0);
            assertThat(count(server, "SELECT count(DISTINCT speaker_id) FROM statement")).isLessThan(600);
            assertThat(count(server, "SELECT count(*) FROM statement s WHERE NOT EXISTS "
                    + "(SELECT 1 FROM statement_source ss WHERE ss.statement_id = s.id)")).isZero();
            String first = text(server);
            try (Connection connection = DriverManager.getConnection(server.jdbcUrl())) {
                connection.createStatement().execute("TRUNCATE statement_source, statement_topic, statement, "
                        + "source, topic, speaker_alias, speaker_role, speaker CASCADE");
            }
            BenchData.load(server.jdbcUrl(), 600, 7);
            assertThat(text(server)).isEqualTo(first);
        }
    }

    private static long count(EmbeddedPostgresServer server, String sql) throws SQLException {
        try (Connection connection = DriverManager.getConnection(server.jdbcUrl());
             ResultSet rows = connection.createStatement().executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    private static String text(EmbeddedPostgresServer server) throws SQLException {
        try (Connection connection = DriverManager.getConnection(server.jdbcUrl());
             ResultSet rows = connection.createStatement().executeQuery(
                     "SELECT string_agg(text, '|' ORDER BY external_id) FROM statement")) {
            rows.next();
            return rows.getString(1);
        }
    }
}
