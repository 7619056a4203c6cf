package io.verbatim.search;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The next page, newest or oldest first, of a text search whose words have more matches than the match limit but
 * too few for the common-word walk: from a thousand matches to a few percent of the archive. Walking the date index
 * until a page of matches turns up reads about (page size / share of matches) statements, which grows with the
 * archive for the rarer of these words; reading every match through the full-text index grows with the matches.
 * The page comes from whichever of two bounded reads can vouch for it, the one expected to read less tried first:
 * <ol>
 * <li>every candidate of the full-text index after the cursor, at most {@code budget} of them, each checked with the
 * query and the matches sorted by date: exact when the candidates run out within the budget;</li>
 * <li>the next {@code budget} statements in date order after the cursor, each checked with the query: exact when a
 * page of matches (and one more) turns up among them.</li>
 * </ol>
 * A word common enough to defeat the first is frequent enough for the second, up to archives of about
 * budget² / page size statements, so a page costs at most about √(page size × archive size) rows read, and at most
 * twice the budget; past that (or for an unusual filter mix) null, and the caller walks the date index.
 */
final class DateSortedMatches {

    private DateSortedMatches() {
    }

    static UUID[] page(Connection connection, StatementQuery query, ResolvedNames names, TextMatch match,
                       StatementSearch.Keyset after, StatementSearch.WordShare share, int budget)
            throws SQLException {
        int wanted = query.limit() + 1;
        // The index reads about every match, the walk about wanted / share statements (a word missing from the
        // planner's statistics is too rare to walk for).
        boolean walkFirst = share != null && share.frequency() > 0
                && wanted / share.frequency() < share.frequency() * share.statements();
        UUID[] ids = walkFirst ? fromDateWalk(connection, query, names, match, after, budget, wanted)
                : fromIndex(connection, query, names, match, after, budget, wanted);
        if (ids != null) {
            return ids;
        }
        return walkFirst ? fromIndex(connection, query, names, match, after, budget, wanted)
                : fromDateWalk(connection, query, names, match, after, budget, wanted);
    }

    private static UUID[] fromIndex(Connection connection, StatementQuery query, ResolvedNames names, TextMatch match,
                                    StatementSearch.Keyset after, int budget, int wanted) throws SQLException {
        Sql sql = new Sql().append("WITH c AS MATERIALIZED (SELECT s.id, s.said_on, ").append(match.filter())
                .append(" AS hit FROM statement s").append(StatementFilters.where(query, names, match.candidates()))
                .append(afterCursor(after)).append(" LIMIT ?) ", budget + 1)
                .append("SELECT (SELECT count(*) FROM c), ARRAY(SELECT c.id FROM c WHERE c.hit ORDER BY ")
                .append(StatementSearch.order(query.sort(), "c.said_on", "c.id", null)).append(" LIMIT ?)", wanted);
        try (PreparedStatement statement = sql.prepare(connection); ResultSet row = statement.executeQuery()) {
            row.next();
            if (row.getLong(1) > budget) {
                return null;
            }
            Array ids = row.getArray(2);
            return (UUID[]) ids.getArray();
        }
    }

    private static UUID[] fromDateWalk(Connection connection, StatementQuery query, ResolvedNames names,
                                       TextMatch match, StatementSearch.Keyset after, int budget, int wanted)
            throws SQLException {
        List<UUID> ids = walk(connection, query, names, match, query.sort(), after, budget, wanted);
        return ids.size() == wanted ? ids.toArray(UUID[]::new) : null;
    }

    /**
     * Up to {@code most} matches among the next {@code budget} statements in {@code sort} order (newest or oldest)
     * after the cursor, walked through the filters' ordered index, each one's vector tested with the query.
     */
    static List<UUID> walk(Connection connection, StatementQuery query, ResolvedNames names, TextMatch match,
                           SearchSort sort, StatementSearch.Keyset after, int budget, int most) throws SQLException {
        Sql sql = new Sql().append("SELECT s.id FROM (SELECT s.id, s.search_config, s.search_vector FROM statement s")
                .append(StatementFilters.where(query, names, (Sql) null)).append(afterCursor(after))
                .append(" ORDER BY ").append(StatementSearch.order(sort, "s.said_on", "s.id", null))
                .append(" LIMIT ?) s WHERE ", budget).append(match.filter()).append(" LIMIT ?", most);
        List<UUID> ids = new ArrayList<>(most);
        try (PreparedStatement statement = sql.prepare(connection); ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
                ids.add(rows.getObject(1, UUID.class));
            }
        }
        return ids;
    }

    private static Sql afterCursor(StatementSearch.Keyset after) {
        return after == null ? new Sql() : new Sql().append(" AND ").append(after.condition("s"));
    }
}
