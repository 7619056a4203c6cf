package io.verbatim.bench;

import io.verbatim.embedded.EmbeddedPostgresServer;

import java.nio.file.Path;

/** The command line the bench data generators share: a statement count, a data directory or JDBC URL, a seed. */
final class BenchDatabase {

    /** Fills the database at a JDBC URL with a number of statements drawn from a seed. */
    @FunctionalInterface
    interface Loader {
        void load(String jdbcUrl, int count, long seed) throws Exception;
    }

    private BenchDatabase() {
    }

    /** Parses {@code <statements> <data-directory | jdbc-url> [seed]}; a directory gets an embedded PostgreSQL. */
    static void run(String program, String[] args, Loader loader) throws Exception {
        if (args.length < 2) {
            System.err.println("usage: " + program + " <statements> <data-directory | jdbc-url> [seed]");
            System.exit(2);
        }
        int count = Integer.parseInt(args[0]);
        long seed = args.length > 2 ? Long.parseLong(args[2]) : 20180925L;
        if (args[1].startsWith("jdbc:")) {
            loader.load(args[1], count, seed);
            return;
        }
        try (EmbeddedPostgresServer server = EmbeddedPostgresServer.start(Path.of(args[1]))) {
            loader.load(server.jdbcUrl(), count, seed);
        }
    }
}
