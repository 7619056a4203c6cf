package io.verbatim.search;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.verbatim.config.VerbatimConfig;
import io.verbatim.domain.Ids;
import io.verbatim.view.FacetCount;
import io.verbatim.view.StatementPage;
import io.verbatim.view.JsonText;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Typed;

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
@Typed(StatementSearch.class)
public class StatementSearch implements StatementSearchEngine {

    private static final int FACET_SIZE = 20;

    private final DataSource dataSource;
    private final ObjectMapper facetReader;
    private final VerbatimConfig config;
    private final TermStatistics termStatistics;

    public StatementSearch(DataSource dataSource, ObjectMapper mapper, VerbatimConfig config,
                           TermStatistics termStatistics) {
        this.dataSource = dataSource;
        this.facetReader = mapper;
        this.config = config;
        this.termStatistics = termStatistics;
    }

    @Override
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
        streamOldestFirst(query, connection -> new Sql().append(selectFrom), fetchSize, sink);
    }

    /** The select list and joins of a streamed export, built in its transaction (its snapshot) before the query. */
    @FunctionalInterface
    public interface SelectFrom {
        Sql build(Connection connection) throws SQLException;
    }

    /**
     * As {@link #streamOldestFirst(StatementQuery, String, int, RowSink)}, with the select list built by
     * {@code selectFrom} in the export's repeatable-read transaction: what it reads there is of the same snapshot as
     * the lines.
     */
    public void streamOldestFirst(StatementQuery query, SelectFrom selectFrom, int fetchSize, RowSink sink)
            throws java.io.IOException {
        try (Connection connection = dataSource.getConnection()) {
            ResolvedNames names = ResolvedNames.of(connection, query);
            if (names.matchesNothing()) {
                return;
            }
            TextMatch match = query.hasText() ? new TextMatch(SearchConfigurations.inUse(connection), query.text()) : null;
            boolean autoCommit = connection.getAutoCommit();
            connection.setAutoCommit(false);
            try (java.sql.Statement settings = connection.createStatement()) {
                settings.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY");
                // Random reads cost what they do on cached pages, so that the walk of the (said_on, id) index, which
                // streams from the first row, is not traded for reading and sorting the whole table first: with the
                // export's stored arrays (V20) the default cost of 4 made the sort look cheaper (same CPU, but the
                // first line after the whole sort and ~1 GB of temporary files at 1M statements).
                settings.execute("SET LOCAL random_page_cost = 1.1");
            }
            try (PreparedStatement statement = new Sql().append(selectFrom.build(connection))
                    .append(StatementFilters.where(query, names, match)).append(" ORDER BY s.said_on, s.id")
                    .prepare(connection)) {
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
     * The page, the total and the facets, with work bounded by the configured window whatever the number of matches.
     * <ul>
     * <li>Without a text query the page walks an index in order and stops at the limit; the total counts at most
     * window + 1 matches (or comes from the per-status counters), the facets count the first window of them.</li>
     * <li>A word found in many statements (known from the planner's statistics, checked by the walk itself) is looked
     * for by walking the newest statements through the filters' index, testing each one's vector, until the window is
     * full: relevance then ranks that window plus each query word's densest statements (a table kept by triggers),
     * the total is "at least the window".</li>
     * <li>Other text queries have few matches: the GIN index finds them all, and they are ranked and counted exactly;
     * past the match limit the total is "at least the limit", and a date-sorted page comes from
     * {@link DateSortedMatches}.</li>
     * </ul>
     */
    private StatementPage run(Connection connection, StatementQuery query, ResolvedNames names, TextMatch match,
                              Sql where, Keyset after, String fingerprint) throws SQLException {
        int window = config.search().window();
        Sql sql = new Sql().append("WITH ");
        Sql page;
        Sql totalSql;
        String relation = null;
        long fixedTotal = -1;
        if (match == null) {
            if (!query.facets().isEmpty()) {
                sql.append("fm AS MATERIALIZED (SELECT s.id, s.speaker_id, s.said_on, s.kind FROM statement s")
                        .append(where).append(" ORDER BY ").append(order(query.sort(), "s.said_on", "s.id", "NULL"))
                        .append(" LIMIT ?), ", window);
            }
            page = indexPage(query, match, where, after);
            totalSql = boundedTotal(query, names, where, window);
        } else {
            WordShare share = wordShare(connection, query, match);
            UUID[] newest = commonWordWindow(connection, query, names, match, share);
            long bound = window;
            UUID[] every = null;
            boolean capped = false;
            boolean pastMatchLimit = false;
            if (newest == null) {
                int limit = config.search().matchLimit();
                IndexedMatches indexed = indexedMatches(connection, StatementFilters.where(query, names, match.candidates()),
                        match, limit + 1, config.search().phraseCandidateLimit());
                bound = limit;
                if (indexed.ids().length > limit) {
                    newest = Arrays.copyOf(indexed.ids(), limit);
                    pastMatchLimit = true;
                } else if (indexed.capped()) {
                    newest = indexed.ids();
                    bound = newest.length;
                    capped = true;
                } else {
                    every = indexed.ids();
                }
            }
            if (newest != null) {
                relation = StatementPage.AT_LEAST;
                fixedTotal = bound;
                Sql filtered = StatementFilters.where(query, names, match.filter());
                if (capped) {
                    // Past the phrase candidate limit the matches found are all there is to page through, in any
                    // sort: walking the date index for more would re-read the rows the limit is there to spare.
                    sql.append("m AS MATERIALIZED (SELECT s.id, s.speaker_id, s.said_on, s.kind, ").append(match.rank())
                            .append(" AS score FROM statement s WHERE s.id = ANY(?)), ", (Object) newest);
                    if (!query.facets().isEmpty()) {
                        sql.append("fm AS (SELECT id, speaker_id, said_on, kind FROM m), ");
                    }
                    page = matchesPage(query, after);
                } else if (query.sort() == SearchSort.RELEVANCE) {
                    sql.append("c AS (SELECT id, bool_or(in_window) AS in_window FROM (SELECT unnest(?::uuid[]) AS id,"
                                    + " TRUE AS in_window UNION ALL SELECT d.statement_id, FALSE FROM unnest(", (Object) newest)
                            .append(match.lexemes())
                            .append(") l(lexeme) CROSS JOIN LATERAL (SELECT t.statement_id FROM statement_dense_term t"
                                    + " WHERE t.lexeme = l.lexeme ORDER BY t.score DESC LIMIT ?) d) x GROUP BY id), ",
                                    config.search().densestPerWord())
                            .append("m AS MATERIALIZED (SELECT s.id, s.speaker_id, s.said_on, s.kind, ").append(match.rank())
                            .append(" AS score, c.in_window FROM c JOIN statement s ON s.id = c.id")
                            .append(filtered).append("), ");
                    if (!query.facets().isEmpty()) {
                        sql.append("fm AS (SELECT id, speaker_id, said_on, kind FROM m WHERE in_window), ");
                    }
                    page = matchesPage(query, after);
                } else {
                    if (!query.facets().isEmpty()) {
                        sql.append("fm AS MATERIALIZED (SELECT s.id, s.speaker_id, s.said_on, s.kind FROM statement s"
                                + " WHERE s.id = ANY(?)), ", (Object) newest);
                    }
                    UUID[] pageIds = pastMatchLimit ? DateSortedMatches.page(connection, query, names, match, after,
                            share, config.search().scanBudget()) : null;
                    page = indexPage(query, match,
                            pageIds == null ? filtered : filtered.append(" AND s.id = ANY(?)", (Object) pageIds), after);
                }
                totalSql = new Sql().append("SELECT NULL::bigint AS total, 0 AS seen");
            } else {
                // Every match is known from the index already: rank and count just those rows.
                sql.append("m AS MATERIALIZED (SELECT s.id, s.speaker_id, s.said_on, s.kind, ").append(match.rank())
                        .append(" AS score FROM statement s WHERE s.id = ANY(?)), ", (Object) every);
                if (!query.facets().isEmpty()) {
                    sql.append("fm AS (SELECT id, speaker_id, said_on, kind FROM m), ");
                }
                page = matchesPage(query, after);
                totalSql = new Sql().append("SELECT count(*) AS total, 0 AS seen FROM m");
            }
        }
        sql.append("page AS MATERIALIZED (").append(page).append("), ")
                .append("summary AS (SELECT b.total, b.seen");
        List<Facet> facets = Arrays.stream(Facet.values()).filter(query.facets()::contains).toList();
        for (Facet facet : facets) {
            sql.append(", " + FacetSql.json(facet, FACET_SIZE) + " AS " + facet.parameterValue());
        }
        sql.append(" FROM (").append(totalSql).append(") b) SELECT CASE WHEN page.id IS NULL THEN NULL ELSE ").append(statementJson(match))
                .append(" END, page.id, page.said_on, page.score, summary.*")
                .append(" FROM summary LEFT JOIN (page JOIN statement s ON s.id = page.id")
                .append(StatementJson.JOINS).append(") ON TRUE")
                .append(" ORDER BY ").append(order(query.sort(), "page.said_on", "page.id", "page.score"));

        List<JsonText> items = new ArrayList<>();
        Keyset last = null;
        boolean more = false;
        long total = 0;
        long seen = 0;
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
                seen = result.getLong(6);
                for (int i = 0; i < facets.size(); i++) {
                    facetCounts.put(facets.get(i).parameterValue(), readFacet(result.getString(7 + i)));
                }
            }
        }
        if (relation == null) {
            // Counted up to the window and one more: more than the window seen means the count stopped early, and
            // then more than total - 1 match (the web page says "more than"), whatever the distinct count of topic links.
            relation = seen > window ? StatementPage.AT_LEAST : StatementPage.EXACT;
            total = seen > window ? Math.min(total - 1, window) : total;
        } else {
            total = fixedTotal;
        }
        String next = more ? last.encode(fingerprint) : null;
        return new StatementPage(List.copyOf(items), next, total, relation, facetCounts);
    }

    /**
     * The newest (oldest, sorted so) window matches of a text query whose words are common, found by walking the statements
     * (through the filters' index) and testing each one's vector, at most the scan budget of them; null when the
     * words are too rare for that to fill the window (the planner's statistics say so, or the walk ran out of
     * budget): the full-text index then finds every match at a cost that the rarity bounds.
     */
    private UUID[] commonWordWindow(Connection connection, StatementQuery query, ResolvedNames names, TextMatch match,
                                    WordShare share) throws SQLException {
        int window = config.search().window();
        int budget = config.search().scanBudget();
        if (share == null) {
            return null;
        }
        // Walk only when the window should fill well within the budget (or the budget covers every statement).
        if (share.statements() > budget && share.frequency() * budget < 2.0 * window) {
            return null;
        }
        List<UUID> ids = DateSortedMatches.walk(connection, query, names, match,
                query.sort() == SearchSort.OLDEST ? SearchSort.OLDEST : SearchSort.NEWEST, null, budget, window + 1);
        return ids.size() > window ? ids.subList(0, window).toArray(UUID[]::new) : null;
    }

    /**
     * How many statements have the searched statuses, and the share of them expected to hold every query word
     * (words taken as independent; 0 for a word rarer than the planner's statistics list); null without words.
     */
    private WordShare wordShare(Connection connection, StatementQuery query, TextMatch match) throws SQLException {
        String[] statuses = query.statuses().stream().map(Enum::name).toArray(String[]::new);
        Sql estimate = new Sql().append("SELECT (SELECT coalesce(sum(count), 0) FROM statement_status_count"
                + " WHERE status = ANY(?)), ", (Object) statuses).append(match.lexemes());
        try (PreparedStatement statement = estimate.prepare(connection); ResultSet row = statement.executeQuery()) {
            row.next();
            String[] lexemes = (String[]) row.getArray(2).getArray();
            if (lexemes.length == 0) {
                return null;
            }
            double frequency = 1;
            for (String lexeme : lexemes) {
                frequency *= termStatistics.frequency(connection, lexeme);
            }
            return new WordShare(row.getLong(1), frequency);
        }
    }

    record WordShare(long statements, double frequency) {
    }

    /**
     * Up to {@code most} matches in the order the full-text index gives them (table order), from at most
     * {@code candidateLimit} of its candidates ({@code where} holds {@link TextMatch#candidates()}, each candidate is
     * checked with the query itself). With more than the match limit, too many to rank and count them all, the first
     * ones stand in for the newest window; when the candidates ran out at the limit ({@code capped}: a phrase of
     * common words), those found are all that is known; else they are every match, ranked and counted exactly.
     */
    private static IndexedMatches indexedMatches(Connection connection, Sql where, TextMatch match, int most,
                                                 int candidateLimit) throws SQLException {
        // The candidate numbered candidateLimit comes back whether it matches or not: it says the limit was reached.
        Sql sql = new Sql().append("SELECT c.id, c.hit, c.n = ? FROM (SELECT s.id, ", candidateLimit)
                .append(match.filter()).append(" AS hit, row_number() OVER () AS n FROM statement s").append(where)
                .append(" LIMIT ?) c WHERE c.hit OR c.n = ? LIMIT ?", candidateLimit, candidateLimit, most + 1);
        List<UUID> ids = new ArrayList<>();
        boolean capped = false;
        try (PreparedStatement statement = sql.prepare(connection); ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
                if (rows.getBoolean(2) && ids.size() < most) {
                    ids.add(rows.getObject(1, UUID.class));
                }
                capped |= rows.getBoolean(3);
            }
        }
        return new IndexedMatches(ids.toArray(UUID[]::new), capped);
    }

    private record IndexedMatches(UUID[] ids, boolean capped) {
    }

    /** A statement's JSON: the statement, and with a text query its score and highlighted text. */
    private static Sql statementJson(TextMatch match) {
        if (match == null) {
            return new Sql().append(StatementJson.SELECT);
        }
        return new Sql().append("json_build_object(" + StatementJson.FIELDS + ", 'score', page.score, 'highlight', ")
                .append(match.highlight()).append(")::text");
    }

    /** The page's ids in order from the collected matches {@code m}. */
    private static Sql matchesPage(StatementQuery query, Keyset after) {
        Sql page = new Sql().append("SELECT m.id, m.said_on, m.score FROM m WHERE TRUE");
        if (after != null) {
            page.append(" AND ").append(after.condition("m"));
        }
        return page.append(" ORDER BY ").append(order(query.sort(), "m.said_on", "m.id", "m.score"))
                .append(" LIMIT ?", query.limit() + 1);
    }

    /** The page's ids in order, walked from the table's index and stopped at the limit. */
    private static Sql indexPage(StatementQuery query, TextMatch match, Sql where, Keyset after) {
        Sql page = new Sql().append("SELECT s.id, s.said_on, ")
                .append(match == null ? new Sql().append("NULL::real") : match.rank())
                .append(" AS score FROM statement s").append(where);
        if (after != null) {
            page.append(" AND ").append(after.condition("s"));
        }
        return page.append(" ORDER BY ").append(order(query.sort(), "s.said_on", "s.id", "NULL"))
                .append(" LIMIT ?", query.limit() + 1);
    }

    /**
     * The total and how many rows were seen to count it, without text: from the per-status counters with no other
     * filter, else counted up to the window and one more (from the topic links alone when only topics filter).
     */
    private static Sql boundedTotal(StatementQuery query, ResolvedNames names, Sql where, int window) {
        if (StatementFilters.statusOnly(query)) {
            return new Sql().append("SELECT (SELECT coalesce(sum(count), 0) FROM statement_status_count WHERE status = ANY(?))"
                            + " AS total, 0 AS seen",
                    (Object) query.statuses().stream().map(Enum::name).toArray(String[]::new));
        }
        if (StatementFilters.topicsAndStatusOnly(query)) {
            // The topic links carry their statement's status: counted from one index, without the statements. A
            // statement linked to two topics of the tree counts once, so the distinct count of the links seen is a
            // lower bound when the links were cut short.
            return new Sql().append("SELECT count(DISTINCT statement_id) AS total, count(*) AS seen"
                            + " FROM (SELECT st.statement_id FROM statement_topic st WHERE st.topic_id = ANY(?)"
                            + " AND st.status = ANY(?) LIMIT ?) links", names.topics(),
                    query.statuses().stream().map(Enum::name).toArray(String[]::new), window + 1);
        }
        return new Sql().append("SELECT count(*) AS total, count(*) AS seen FROM (SELECT 1 FROM statement s")
                .append(where).append(" LIMIT ?) counted", window + 1);
    }

    static StatementPage emptyPage(StatementQuery query) {
        Map<String, List<FacetCount>> facets = new LinkedHashMap<>();
        Arrays.stream(Facet.values()).filter(query.facets()::contains)
                .forEach(facet -> facets.put(facet.parameterValue(), List.of()));
        return new StatementPage(List.of(), null, 0, StatementPage.EXACT, facets);
    }

    static Sql order(SearchSort sort, String saidOn, String id, String score) {
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

    static String fingerprint(StatementQuery query) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(query.fingerprint().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 6);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    /** Where the previous page ended, in the order of the search (the cursor of both engines). */
    record Keyset(SearchSort sort, LocalDate saidOn, Float score, UUID id) {

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
