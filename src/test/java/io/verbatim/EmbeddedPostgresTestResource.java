package io.verbatim;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.verbatim.embedded.EmbeddedPostgresServer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;

/**
 * A throwaway embedded PostgreSQL for the whole test run: the same real server the service uses by default. The
 * running server is published in {@link #running} so that an outage test can stop it and start another on the
 * same data directory and port.
 */
public class EmbeddedPostgresTestResource implements QuarkusTestResourceLifecycleManager {

    /** The server running now; a test that restarts the server replaces it, and it is the one stopped at the end. */
    public static volatile EmbeddedPostgresServer running;

    private EmbeddedPostgresServer server;
    private Path directory;

    @Override
    public Map<String, String> start() {
        try {
            directory = Files.createTempDirectory("verbatim-test-pg");
            server = EmbeddedPostgresServer.start(directory);
            running = server;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Map.of(
                "quarkus.datasource.jdbc.url", server.jdbcUrl(),
                "quarkus.datasource.username", EmbeddedPostgresServer.USER);
    }

    @Override
    public void stop() {
        try {
            // The one running now: an outage test may have replaced the server it stopped
            EmbeddedPostgresServer current = running != null ? running : server;
            running = null;
            if (current != null) {
                current.close();
            }
            deleteRecursively(directory);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void deleteRecursively(Path root) throws IOException {
        if (root == null || !Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }
}
