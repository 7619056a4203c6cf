package io.verbatim.search;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import io.verbatim.domain.Ids;
import io.verbatim.view.FacetCount;
import io.verbatim.view.StatementPage;
import io.verbatim.view.StatementView;
import jakarta.enterprise.context.ApplicationScoped;

import javax.sql.DataSource;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Statement search in SQL: one round trip for the page (rows built as JSON by PostgreSQL, highlights computed for
 * the page only), one for the total and the facets, and keyset paging on the sort key plus id, never OFFSET.
 */
@ApplicationScoped
public class StatementSearch {

    private static final int FACET_SIZE = 20;

    private final DataSource dataSource;
    private final ObjectReader statementReader;

    public StatementSearch(DataSource dataSource, ObjectMapper mapper) {
        this.dataSource = dataSource;
        this.statementReader = mapper.readerFor(StatementView.class);
    }

    public StatementPage search(StatementQuery query) {
        String fingerprint = fingerprint(query);
        Keyset after = query.cursor() == null ? null : Keyset.decode(query.cursor(), query.sort(), fingerprint);
        try (Connection connection = dataSource.getConnection()) {
            TextMatch match = query.hasText() ? new TextMatch(configurationsInUse(connection), query.text()) : null;
            Sql where = StatementFilters.where(query, match);
            List<StatementView> rows = page(connection, query, match, where, after);
            boolean more = rows.size() > query.limit();
            List<StatementView> items = more ? rows.subList(0, query.limit()) : rows;
            String next = more ? Keyset.of(items.get(items.size() - 1), query.sort()).encode(fingerprint) : null;
            Aggregates aggregates = aggregates(connection, query, where);
            return new StatementPage(List.copyOf(items), next, aggregates.total(), aggregates.facets());
        } catch (SQLException e) {
            throw new SearchFailedException(e);
        }
    }

    private List<StatementView> page(Connection connection, StatementQuery query, TextMatch match, Sql where,
                                     Keyset after) throws SQLException {
        Sql score = match == null ? new Sql().append("NULL::real") : match.rank();
        Sql inner = new Sql().append("SELECT s.id, s.said_on, ").append(score).append(" AS score FROM statement s")
                .append(where);
        if (after != null) {
            inner.append(" AND ").append(after.condition(score));
        }
        // "3" is the score's position in the select list: ordering by it does not repeat the expression.
        inner.append(" ORDER BY ").append(order(query.sort(), "s.said_on", "s.id", "3"))
                .append(" LIMIT ?", query.limit() + 1);
        Sql highlight = match == null ? new Sql().append("NULL") : match.highlight();
        Sql sql = new Sql().append("WITH page AS MATERIALIZED (").append(inner).append(") SELECT ")
                .append(StatementJson.SELECT).append(", page.score, ").append(highlight)
                .append(" FROM page JOIN statement s ON s.id = page.id").append(StatementJson.JOINS)
                .append(" ORDER BY ").append(order(query.sort(), "page.said_on", "page.id", "page.score"));
        List<StatementView> rows = new ArrayList<>();
        try (PreparedStatement statement = sql.prepare(connection); ResultSet result = statement.executeQuery()) {
            while (result.next()) {
                StatementView view = readStatement(result.getString(1));
                Object scoreValue = result.getObject(2);
                rows.add(match == null ? view : view.withHit(((Number) scoreValue).floatValue(), result.getString(3)));
            }
        }
        return rows;
    }

    private static Sql order(SearchSort sort, String saidOn, String id, String score) {
        return new Sql().append(switch (sort) {
            case NEWEST -> saidOn + " DESC, " + id + " DESC";
            case OLDEST -> saidOn + " ASC, " + id + " ASC";
            case RELEVANCE -> score + " DESC, " + id + " DESC";
        });
    }

    private Aggregates aggregates(Connection connection, StatementQuery query, Sql where) throws SQLException {
        Sql sql = new Sql().append("WITH m AS MATERIALIZED (SELECT s.id, s.speaker_id, s.said_on, s.kind FROM statement s")
                .append(where).append(") SELECT 'total', NULL, NULL, count(*) FROM m");
        for (Facet facet : Facet.values()) {
            if (query.facets().contains(facet)) {
                sql.append(" UNION ALL (").append(FacetSql.of(facet, FACET_SIZE)).append(")");
            }
        }
        long total = 0;
        Map<String, List<FacetCount>> facets = new LinkedHashMap<>();
        for (Facet facet : Facet.values()) {
            if (query.facets().contains(facet)) {
                facets.put(facet.parameterValue(), new ArrayList<>());
            }
        }
        try (PreparedStatement statement = sql.prepare(connection); ResultSet result = statement.executeQuery()) {
            while (result.next()) {
                String facet = result.getString(1);
                if (facet.equals("total")) {
                    total = result.getLong(4);
                } else {
                    facets.get(facet).add(new FacetCount(result.getString(2), result.getString(3), result.getLong(4)));
                }
            }
        }
        return new Aggregates(total, facets);
    }

    /** The text search configurations of the statements stored, read by skipping through their index. */
    private static List<String> configurationsInUse(Connection connection) throws SQLException {
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

    private StatementView readStatement(String json) {
        try {
            return statementReader.readValue(json);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("The database built a statement the API cannot read", e);
        }
    }

    private static String fingerprint(StatementQuery query) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(query.fingerprint().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 6);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    private record Aggregates(long total, Map<String, List<FacetCount>> facets) {
    }

    /** Where the previous page ended, in the order of the search. */
    private record Keyset(SearchSort sort, LocalDate saidOn, Float score, UUID id) {

        static Keyset of(StatementView last, SearchSort sort) {
            return new Keyset(sort, last.saidOn(), last.score(), last.id());
        }

        String encode(String fingerprint) {
            String key = sort == SearchSort.RELEVANCE ? Float.toString(score) : saidOn.toString();
            return Cursors.encode(sort.parameterValue(), fingerprint, key, id.toString());
        }

        static Keyset decode(String cursor, SearchSort sort, String fingerprint) {
            List<String> keys = Cursors.decode(cursor, sort.parameterValue(), 3);
            if (!keys.get(0).equals(fingerprint)) {
                throw Cursors.invalid();
            }
            UUID id = Ids.parse(keys.get(2)).orElseThrow(Cursors::invalid);
            try {
                return sort == SearchSort.RELEVANCE
                        ? new Keyset(sort, null, Float.parseFloat(keys.get(1)), id)
                        : new Keyset(sort, LocalDate.parse(keys.get(1)), null, id);
            } catch (NumberFormatException | DateTimeParseException e) {
                throw Cursors.invalid();
            }
        }

        Sql condition(Sql rank) {
            return switch (sort) {
                case NEWEST -> new Sql().append("(s.said_on, s.id) < (?, ?)", saidOn, id);
                case OLDEST -> new Sql().append("(s.said_on, s.id) > (?, ?)", saidOn, id);
                case RELEVANCE -> new Sql().append("(").append(rank).append(" < ?::real OR (", score).append(rank)
                        .append(" = ?::real AND s.id < ?))", score, id);
            };
        }
    }
}
