package io.verbatim.bench;

import io.verbatim.embedded.EmbeddedPostgresServer;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * Grows a generated data set k-fold by copying its statements, with their topic and source links and dense terms,
 * under new ids ({@code md5(copy || ':' || id)}), in place. Ten times the 1M {@link BenchSqlData} set is a 10M set in
 * well under an hour on two cores, where generating 10M texts takes several: the derived columns (search vector,
 * dense terms, topic-link statuses) are copied rather than computed again, triggers are off during the copy
 * ({@code session_replication_role = replica}) and the status counts are recounted at the end. What it is not: ten
 * times more distinct texts. Each text appears k times (same day, same speaker), so a word's share of statements,
 * the speakers' and topics' shares and the statements per day grow exactly k-fold; rare words get k times the
 * matches. Usage: {@code BenchSqlReplica <copies> <data-directory>} (the directory holds a loaded set).
 */
public final class BenchSqlReplica {

    private BenchSqlReplica() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 2) {
            System.err.println("usage: BenchSqlReplica <copies> <data-directory>");
            System.exit(2);
        }
        int copies = Integer.parseInt(args[0]);
        try (EmbeddedPostgresServer server = EmbeddedPostgresServer.start(Path.of(args[1]))) {
            replicate(server.jdbcUrl(), copies);
        }
    }

    static void replicate(String jdbcUrl, int copies) throws SQLException {
        long start = System.nanoTime();
        try (Connection connection = DriverManager.getConnection(jdbcUrl); Statement sql = connection.createStatement()) {
            sql.execute("SET maintenance_work_mem = '1GB'");
            sql.execute("SET session_replication_role = replica");
            List<String> indexes = BenchSqlData.dropSecondaryIndexes(sql);
            log(start, "dropped " + indexes.size() + " secondary indexes");
            List<String> tables = List.of(BenchSqlData.TABLES);
            for (String table : tables) {
                sql.execute("CREATE UNLOGGED TABLE bench_original_" + table + " AS SELECT * FROM " + table);
            }
            log(start, "originals kept aside");
            for (int copy = 1; copy < copies; copy++) {
                for (String table : tables) {
                    String columns = columns(sql, table);
                    String renamed = table.equals("statement")
                            ? columns.replaceFirst("\\bid\\b", "md5('" + copy + ":' || id)::uuid")
                                    .replace("external_id", "external_id || '-copy" + copy + "'")
                            : columns.replace("statement_id", "md5('" + copy + ":' || statement_id)::uuid");
                    sql.execute("INSERT INTO " + table + " (" + columns + ") SELECT " + renamed
                            + " FROM bench_original_" + table);
                }
                log(start, "copy " + copy + " of " + (copies - 1));
            }
            for (String table : tables) {
                sql.execute("DROP TABLE bench_original_" + table);
            }
            sql.execute("DELETE FROM statement_status_count");
            sql.execute("INSERT INTO statement_status_count (status, count) SELECT status, count(*) FROM statement"
                    + " GROUP BY status");
            for (String index : indexes) {
                sql.execute(index);
                log(start, index);
            }
            sql.execute("SET session_replication_role = origin");
            sql.execute("VACUUM ANALYZE");
            try (ResultSet count = sql.executeQuery("SELECT count(*) FROM statement")) {
                count.next();
                System.out.printf("Replicated to %,d statements in %.1f s%n", count.getLong(1),
                        (System.nanoTime() - start) / 1e9);
            }
        }
    }

    private static String columns(Statement sql, String table) throws SQLException {
        List<String> names = new ArrayList<>();
        try (ResultSet rows = sql.executeQuery("SELECT column_name FROM information_schema.columns"
                + " WHERE table_schema = 'public' AND table_name = '" + table + "' AND is_generated = 'NEVER'"
                + " ORDER BY ordinal_position")) {
            while (rows.next()) {
                names.add(rows.getString(1));
            }
        }
        return String.join(", ", names);
    }

    private static void log(long start, String what) {
        System.out.printf("%7.1f s  %s%n", (System.nanoTime() - start) / 1e9, what);
    }
}
