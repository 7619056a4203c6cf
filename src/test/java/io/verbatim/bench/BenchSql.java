package io.verbatim.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;

/**
 * Runs SQL statements against a database for the benchmark scripts (no psql needed) and prints the rows of the
 * last one, tab-separated. Usage: {@code BenchSql <jdbc-url> <sql> [sql...]}.
 */
public final class BenchSql {

    private BenchSql() {
    }

    public static void main(String[] args) throws Exception {
        try (Connection connection = DriverManager.getConnection(args[0]); Statement statement = connection.createStatement()) {
            for (int i = 1; i < args.length; i++) {
                if (statement.execute(args[i]) && i == args.length - 1) {
                    try (ResultSet rows = statement.getResultSet()) {
                        int columns = rows.getMetaData().getColumnCount();
                        while (rows.next()) {
                            StringBuilder line = new StringBuilder();
                            for (int c = 1; c <= columns; c++) {
                                line.append(c == 1 ? "" : "\t").append(rows.getString(c));
                            }
                            System.out.println(line);
                        }
                    }
                }
            }
        }
    }
}
