package io.verbatim.search;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.verbatim.domain.Ids;
import io.verbatim.view.FacetCount;
import io.verbatim.view.StatementPage;
import io.verbatim.view.JsonText;
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
import java.util.Arrays;
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
    private final ObjectMapper facetReader;

    public StatementSearch(DataSource dataSource, ObjectMapper mapper) {
        this.dataSource = dataSource;
        this.facetReader = mapper;
    }

    public StatementPage search(StatementQuery query) {
        String fingerprint = fingerprint(query);
        Keyset after = query.cursor() == null ? null : Keyset.decode(query.cursor(), query.sort(), fingerprint);
        try (Connection connection = dataSource.getConnection()) {
            ResolvedNames names = ResolvedNames.of(connection, query);
            if (names.matchesNothing()) {
                return emptyPage(query);
            }
            TextMatch match = query.hasText() ? new TextMatch(SearchConfigurations.inUse(connection), query.text()) : null;
            Sql where = StatementFilters.where(query, names, match);
            return run(connection, query, names, match, where, after, fingerprint);
        } catch (SQLException e) {
            throw new SearchFailedException(e);
        }
    }

    /** What a streamed export does with each row of its cursor. */
    @FunctionalInterface
    public interface RowSink {
        void accept(ResultSet row) throws SQLException, java.io.IOException;
    }

    /**
     * Every statement matching the query, oldest {@code saidOn} first (ties by id), read through one server-side
     * cursor ({@code fetchSize} rows a round trip) in one read-only transaction: {@code selectFrom} is the select list
     * and joins over {@code statement s}; the filters of the query are appended. Sort, paging and facets are ignored.
     */
    public void streamOldestFirst(StatementQuery query, String selectFrom, int fetchSize, RowSink sink)
            throws java.io.IOException {
        try (Connection connection = dataSource.getConnection()) {
            ResolvedNames names = ResolvedNames.of(connection, query);
            if (names.matchesNothing()) {
                return;
            }
            TextMatch match = query.hasText() ? new TextMatch(SearchConfigurations.inUse(connection), query.text()) : null;
            Sql sql = new Sql().append(selectFrom).append(StatementFilters.where(query, names, match))
                    .append(" ORDER BY s.said_on, s.id");
            boolean autoCommit = connection.getAutoCommit();
            connection.setAutoCommit(false);
            try (PreparedStatement statement = sql.prepare(connection)) {
                statement.setFetchSize(fetchSize);
                try (ResultSet rows = statement.executeQuery()) {
                    while (rows.next()) {
                        sink.accept(rows);
                    }
                }
            } finally {
                connection.rollback();
                connection.setAutoCommit(autoCommit);
            }
        } catch (SQLException e) {
            throw new SearchFailedException(e);
        }
    }

    /**
     * One round trip for the page, the total and the facets. With a text query every match must be ranked anyway, so
     * the matches are collected once and the page, count and facets all come from them. Without one, the page walks
     * an index in order and stops at the limit, and the total comes from a count (or, with no filter but the status,
     * from the per-status counters).
     */
    private StatementPage run(Connection connection, StatementQuery query, ResolvedNames names, TextMatch match,
                              Sql where, Keyset after, String fingerprint) throws SQLException {
        boolean collectMatches = match != null || !query.facets().isEmpty();
        Sql sql = new Sql().append("WITH ");
        if (collectMatches) {
            Sql score = match == null ? new Sql().append("NULL::real") : match.rank();
            sql.append("m AS MATERIALIZED (SELECT s.id, s.speaker_id, s.said_on, s.kind, ").append(score)
                    .append(" AS score FROM statement s").append(where).append("), ");
        }
        sql.append("page AS MATERIALIZED (").append(page(query, match, where, after)).append("), ")
                .append("summary AS (SELECT ").append(total(query, names, where, collectMatches)).append(" AS total");
        List<Facet> facets = Arrays.stream(Facet.values()).filter(query.facets()::contains).toList();
        for (Facet facet : facets) {
            sql.append(", " + FacetSql.json(facet, FACET_SIZE) + " AS " + facet.parameterValue());
        }
        sql.append(") SELECT CASE WHEN page.id IS NULL THEN NULL ELSE ").append(statementJson(match))
                .append(" END, page.id, page.said_on, page.score, summary.*")
                .append(" FROM summary LEFT JOIN (page JOIN statement s ON s.id = page.id")
                .append(StatementJson.JOINS).append(") ON TRUE")
                .append(" ORDER BY ").append(order(query.sort(), "page.said_on", "page.id", "page.score"));

        List<JsonText> items = new ArrayList<>();
        Keyset last = null;
        boolean more = false;
        long total = 0;
        Map<String, List<FacetCount>> facetCounts = new LinkedHashMap<>();
        try (PreparedStatement statement = sql.prepare(connection); ResultSet result = statement.executeQuery()) {
            while (result.next()) {
                String json = result.getString(1);
                if (json != null && items.size() < query.limit()) {
                    items.add(new JsonText(json));
                    last = new Keyset(query.sort(), result.getObject(3, LocalDate.class),
                            match == null ? null : result.getFloat(4), result.getObject(2, UUID.class));
                } else if (json != null) {
                    more = true;
                }
                total = result.getLong(5);
                for (int i = 0; i < facets.size(); i++) {
                    facetCounts.put(facets.get(i).parameterValue(), readFacet(result.getString(6 + i)));
                }
            }
        }
        String next = more ? last.encode(fingerprint) : null;
        return new StatementPage(List.copyOf(items), next, total, facetCounts);
    }

    /** A page item's JSON: the statement, and with a text query its score and highlighted text. */
    private static Sql statementJson(TextMatch match) {
        if (match == null) {
            return new Sql().append(StatementJson.SELECT);
        }
        return new Sql().append("json_build_object(" + StatementJson.FIELDS + ", 'score', page.score, 'highlight', ")
                .append(match.highlight()).append(")::text");
    }

    /** The page's ids in order: from the collected matches with a text query, else from the table by index. */
    private static Sql page(StatementQuery query, TextMatch match, Sql where, Keyset after) {
        Sql page;
        if (match != null) {
            page = new Sql().append("SELECT m.id, m.said_on, m.score FROM m WHERE TRUE");
            if (after != null) {
                page.append(" AND ").append(after.condition("m"));
            }
            page.append(" ORDER BY ").append(order(query.sort(), "m.said_on", "m.id", "m.score"));
        } else {
            page = new Sql().append("SELECT s.id, s.said_on, NULL::real AS score FROM statement s").append(where);
            if (after != null) {
                page.append(" AND ").append(after.condition("s"));
            }
            page.append(" ORDER BY ").append(order(query.sort(), "s.said_on", "s.id", "NULL"));
        }
        return page.append(" LIMIT ?", query.limit() + 1);
    }

    private static Sql total(StatementQuery query, ResolvedNames names, Sql where, boolean collectMatches) {
        if (collectMatches) {
            return new Sql().append("(SELECT count(*) FROM m)");
        }
        if (StatementFilters.topicsAndStatusOnly(query)) {
            // The topic links carry their statement's status: counted from one index, without the statements.
            return new Sql().append("(SELECT count(DISTINCT st.statement_id) FROM statement_topic st"
                            + " WHERE st.topic_id = ANY(?) AND st.status = ANY(?))", names.topics(),
                    query.statuses().stream().map(Enum::name).toArray(String[]::new));
        }
        if (StatementFilters.statusOnly(query)) {
            return new Sql().append("(SELECT coalesce(sum(count), 0) FROM statement_status_count WHERE status = ANY(?))",
                    (Object) query.statuses().stream().map(Enum::name).toArray(String[]::new));
        }
        return new Sql().append("(SELECT count(*) FROM statement s").append(where).append(")");
    }

    private static StatementPage emptyPage(StatementQuery query) {
        Map<String, List<FacetCount>> facets = new LinkedHashMap<>();
        Arrays.stream(Facet.values()).filter(query.facets()::contains)
                .forEach(facet -> facets.put(facet.parameterValue(), List.of()));
        return new StatementPage(List.of(), null, 0, facets);
    }

    private static Sql order(SearchSort sort, String saidOn, String id, String score) {
        return new Sql().append(switch (sort) {
            case NEWEST -> saidOn + " DESC, " + id + " DESC";
            case OLDEST -> saidOn + " ASC, " + id + " ASC";
            case RELEVANCE -> score + " DESC, " + id + " DESC";
        });
    }

    private List<FacetCount> readFacet(String json) {
        try {
            return List.of(facetReader.readValue(json, FacetCount[].class));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("The database built facet counts the API cannot read", e);
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

    /** Where the previous page ended, in the order of the search. */
    private record Keyset(SearchSort sort, LocalDate saidOn, Float score, UUID id) {

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

        /** Rows after this one, over {@code alias} (the statement table, or the collected matches with a score). */
        Sql condition(String alias) {
            return switch (sort) {
                case NEWEST -> new Sql().append("(" + alias + ".said_on, " + alias + ".id) < (?, ?)", saidOn, id);
                case OLDEST -> new Sql().append("(" + alias + ".said_on, " + alias + ".id) > (?, ?)", saidOn, id);
                case RELEVANCE -> new Sql().append("(" + alias + ".score < ?::real OR (" + alias + ".score = ?::real AND "
                        + alias + ".id < ?))", score, score, id);
            };
        }
    }
}
