package io.verbatim.embedded;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.jboss.logging.Logger;

import java.io.Closeable;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * A real PostgreSQL server, started from the binaries shipped in a Maven artifact, on a data directory that
 * survives restarts (and a {@code kill -9} of the JVM that started it).
 */
public final class EmbeddedPostgresServer implements Closeable {

    public static final String DATABASE = "verbatim";
    public static final String USER = "postgres";

    private static final Logger LOG = Logger.getLogger(EmbeddedPostgresServer.class);
    private static final Duration ORPHAN_STOP_WAIT = Duration.ofSeconds(15);

    private final EmbeddedPostgres postgres;
    private final Path dataDirectory;

    private EmbeddedPostgresServer(EmbeddedPostgres postgres, Path dataDirectory) {
        this.postgres = postgres;
        this.dataDirectory = dataDirectory;
    }

    /**
     * Starts a server on {@code dataDirectory}, creating the cluster on first use and the application database
     * when it is missing.
     */
    public static EmbeddedPostgresServer start(Path dataDirectory) throws IOException {
        return start(dataDirectory, 0);
    }

    /**
     * Starts a server on {@code dataDirectory} listening on {@code port} (0 for a free one): a server restarted on
     * the same directory and port is the same database to clients that kept its JDBC URL.
     */
    public static EmbeddedPostgresServer start(Path dataDirectory, int port) throws IOException {
        Path directory = dataDirectory.toAbsolutePath().normalize();
        Files.createDirectories(directory);
        stopOrphanedPostmaster(directory);
        EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                .setDataDirectory(directory)
                .setCleanDataDirectory(false)
                .setPort(port)
                // The library defaults to synchronous_commit=off, which can lose the last acknowledged writes on a crash.
                .setServerConfig("synchronous_commit", "on")
                .setServerConfig("max_connections", "100")
                // Sized for a laptop or a small server: keeps a million statements' hot pages in PostgreSQL's own
                // cache; JIT compilation costs more than it saves on these short queries.
                .setServerConfig("shared_buffers", sharedBuffers())
                .setServerConfig("work_mem", "16MB")
                .setServerConfig("effective_cache_size", "4GB")
                .setServerConfig("jit", "off")
                // Searches walk an index and stop at a limit: starting parallel workers (about 90 ms each time on a
                // small VM, measured for a topic tree's page at 1M statements) costs far more than they could save.
                .setServerConfig("max_parallel_workers_per_gather", "0")
                .setPGStartupWait(Duration.ofSeconds(60))
                .start();
        EmbeddedPostgresServer server = new EmbeddedPostgresServer(postgres, directory);
        server.createDatabaseIfMissing();
        LOG.infof("Embedded PostgreSQL ready on port %d with data in %s", postgres.getPort(), directory);
        return server;
    }

    /** {@code VERBATIM_DB_SHARED_BUFFERS} (or -Dverbatim.db.shared-buffers), 512MB by default. */
    private static String sharedBuffers() {
        String value = System.getProperty("verbatim.db.shared-buffers", System.getenv("VERBATIM_DB_SHARED_BUFFERS"));
        return value == null || value.isBlank() ? "512MB" : value.strip();
    }

    public String jdbcUrl() {
        return postgres.getJdbcUrl(USER, DATABASE);
    }

    public int port() {
        return postgres.getPort();
    }

    public Path dataDirectory() {
        return dataDirectory;
    }

    @Override
    public void close() throws IOException {
        postgres.close();
    }

    private void createDatabaseIfMissing() throws IOException {
        try (Connection connection = postgres.getPostgresDatabase().getConnection();
             PreparedStatement exists = connection.prepareStatement("SELECT 1 FROM pg_database WHERE datname = ?")) {
            exists.setString(1, DATABASE);
            try (ResultSet rows = exists.executeQuery()) {
                if (!rows.next()) {
                    connection.createStatement().execute("CREATE DATABASE " + DATABASE + " ENCODING 'UTF8'");
                }
            }
        } catch (SQLException e) {
            throw new IOException("Could not create the database " + DATABASE, e);
        }
    }

    /**
     * A JVM killed with {@code kill -9} leaves its postmaster running and holding {@code postmaster.pid}; a new
     * server on the same directory would then fail. Stop such a leftover server, but only when the pid really is a
     * postgres process (pids are reused).
     */
    static void stopOrphanedPostmaster(Path directory) throws IOException {
        Optional<ProcessHandle> orphan = leftoverPostmaster(directory);
        if (orphan.isEmpty()) {
            return;
        }
        ProcessHandle process = orphan.get();
        LOG.warnf("Stopping a leftover PostgreSQL server (pid %d) on %s", process.pid(), directory);
        if (!fastShutdown(process, directory)) {
            process.destroy();
        }
        try {
            process.onExit().get(ORPHAN_STOP_WAIT.toSeconds(), TimeUnit.SECONDS);
        } catch (Exception timeoutOrInterrupt) {
            LOG.warnf("PostgreSQL pid %d did not stop in %s; killing it", process.pid(), ORPHAN_STOP_WAIT);
            process.destroyForcibly();
        }
    }

    /** {@code pg_ctl stop -m fast} from the leftover server's own binaries: a clean stop that does not wait for clients. */
    private static boolean fastShutdown(ProcessHandle postmaster, Path directory) {
        Optional<Path> pgCtl = postmaster.info().command()
                .map(command -> Path.of(command).resolveSibling("pg_ctl"))
                .filter(Files::isExecutable);
        if (pgCtl.isEmpty()) {
            return false;
        }
        try {
            Process stop = new ProcessBuilder(pgCtl.get().toString(), "-D", directory.toString(), "stop", "-m", "fast",
                    "-w", "-t", String.valueOf(ORPHAN_STOP_WAIT.toSeconds()))
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .start();
            return stop.waitFor(ORPHAN_STOP_WAIT.toSeconds() + 5, TimeUnit.SECONDS) && stop.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    static Optional<ProcessHandle> leftoverPostmaster(Path directory) throws IOException {
        Path pidFile = directory.resolve("postmaster.pid");
        if (!Files.isRegularFile(pidFile)) {
            return Optional.empty();
        }
        List<String> lines = Files.readAllLines(pidFile, StandardCharsets.UTF_8);
        if (lines.isEmpty()) {
            return Optional.empty();
        }
        long pid;
        try {
            pid = Long.parseLong(lines.get(0).trim());
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
        return ProcessHandle.of(pid)
                .filter(ProcessHandle::isAlive)
                .filter(handle -> handle.info().command().map(EmbeddedPostgresServer::isPostgres).orElse(false));
    }

    private static boolean isPostgres(String command) {
        String executable = Path.of(command).getFileName().toString();
        return executable.equals("postgres") || executable.equals("postmaster");
    }
}
