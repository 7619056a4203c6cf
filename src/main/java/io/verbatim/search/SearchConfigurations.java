package io.verbatim.search;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/** The text search configurations (one per language) that the stored statements use. */
public final class SearchConfigurations {

    private SearchConfigurations() {
    }

    /** The text search configurations of the statements stored, read by skipping through their index. */
    public static List<String> inUse(Connection connection) throws SQLException {
        String sql = """
                WITH RECURSIVE configurations(name) AS (
                    (SELECT search_config FROM statement ORDER BY search_config LIMIT 1)
                    UNION ALL
                    SELECT (SELECT search_config FROM statement WHERE search_config > configurations.name
                            ORDER BY search_config LIMIT 1)
                    FROM configurations WHERE configurations.name IS NOT NULL
                )
                SELECT name FROM configurations WHERE name IS NOT NULL""";
        List<String> names = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement(sql);
             ResultSet result = statement.executeQuery()) {
            while (result.next()) {
                names.add(result.getString(1));
            }
        }
        return names;
    }

    /** Configurations come from our own migration; anything else would not be safe to inline in SQL. */
    public static boolean isOurs(String configuration) {
        return configuration.matches("verbatim_[a-z]+");
    }
}
