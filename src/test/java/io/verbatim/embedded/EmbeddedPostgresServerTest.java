package io.verbatim.embedded;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** The embedded default keeps its data across restarts, including after the JVM that owned it was killed. */
class EmbeddedPostgresServerTest {

    @TempDir
    Path dataDirectory;

    @Test
    void shouldKeepRowsAcrossAStopAndAStart() throws Exception {
        try (EmbeddedPostgresServer server = EmbeddedPostgresServer.start(dataDirectory)) {
            execute(server.jdbcUrl(), "CREATE TABLE kept (word text)", "INSERT INTO kept VALUES ('persisted')");
        }
        try (EmbeddedPostgresServer server = EmbeddedPostgresServer.start(dataDirectory)) {
            assertThat(readWord(server.jdbcUrl())).isEqualTo("persisted");
        }
    }

    @Test
    void shouldStartAgainAfterTheOwningJvmWasKilledWithSigkill() throws Exception {
        Process owner = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), Owner.class.getName(), dataDirectory.toString())
                .redirectErrorStream(true)
                .start();
        try (BufferedReader output = new BufferedReader(
                new InputStreamReader(owner.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            do {
                line = output.readLine();
            } while (line != null && !line.equals(Owner.READY));
            assertThat(line).as("the owning JVM reported its write").isEqualTo(Owner.READY);
        }
        owner.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        assertThat(EmbeddedPostgresServer.leftoverPostmaster(dataDirectory)).as("orphaned postmaster").isPresent();

        try (EmbeddedPostgresServer server = EmbeddedPostgresServer.start(dataDirectory)) {
            assertThat(readWord(server.jdbcUrl())).isEqualTo("acknowledged");
        }
        assertThat(EmbeddedPostgresServer.leftoverPostmaster(dataDirectory)).isEmpty();
    }

    private static void execute(String jdbcUrl, String... statements) throws SQLException {
        try (Connection connection = DriverManager.getConnection(jdbcUrl)) {
            for (String statement : statements) {
                connection.createStatement().execute(statement);
            }
        }
    }

    private static String readWord(String jdbcUrl) throws SQLException {
        try (Connection connection = DriverManager.getConnection(jdbcUrl);
             ResultSet rows = connection.createStatement().executeQuery("SELECT word FROM kept")) {
            return rows.next() ? rows.getString(1) : null;
        }
    }

    /** Runs in a separate JVM: starts the server, commits a row, says so, and waits to be killed. */
    public static final class Owner {
        static final String READY = "OWNER-WROTE-ROW";

        public static void main(String[] args) throws Exception {
            EmbeddedPostgresServer server = EmbeddedPostgresServer.start(Path.of(args[0]));
            execute(server.jdbcUrl(), "CREATE TABLE kept (word text)", "INSERT INTO kept VALUES ('acknowledged')");
            System.out.println(READY);
            System.out.flush();
            Thread.sleep(TimeUnit.MINUTES.toMillis(5));
        }
    }
}
