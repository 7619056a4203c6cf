package io.verbatim.quotecheck;

import io.verbatim.search.SearchConfigurations;
import io.verbatim.search.SearchFailedException;
import io.verbatim.search.Sql;
import io.verbatim.search.StatementRows;
import io.verbatim.search.StatementJson;
import io.verbatim.view.StatementView;
import jakarta.enterprise.context.ApplicationScoped;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The few recorded statements worth aligning with a claim, found by PostgreSQL in one round trip.
 * <ul>
 * <li>Close wording, through the full-text index: the claim's stemmed words are dealt into {@code edits + 1} groups
 * (at most four) and a statement must contain every word of at least one group. A statement the claim copies with
 * at most {@code edits} words changed keeps one group intact (pigeonhole), so nothing within reach of a NEAR match
 * is missed, and each group is an AND that the GIN index answers quickly. A claim with fewer than four stemmed words
 * needs them all.</li>
 * <li>A claim with no stemmed word at all (only stop words) falls back to trigram word similarity on the
 * normalised words.</li>
 * <li>When a speaker is claimed, that speaker's statements containing one half of the claim's stemmed words, for
 * paraphrases.</li>
 * </ul>
 * Each comes with the share of the claim's stemmed words it contains.
 */
@ApplicationScoped
class QuoteCandidates {

    static final int CLOSE_CANDIDATES = 10;
    static final int SPEAKER_CANDIDATES = 3;
    static final String WORD_SIMILARITY_THRESHOLD = "0.45";
    /**
     * Claims are dealt into at most this many + 1 groups: more groups would be smaller and slower to look up. A long
     * claim with more edits than this may still be found through a group the edits happened to spare.
     */
    static final int MAX_GUARANTEED_EDITS = 3;

    /** A candidate statement and the share of the claim's stemmed words it contains. */
    record Candidate(StatementView statement, double wordOverlap) {
    }

    private final DataSource dataSource;
    private final StatementRows rows;

    QuoteCandidates(DataSource dataSource, StatementRows rows) {
        this.dataSource = dataSource;
        this.rows = rows;
    }

    List<Candidate> find(String claimText, String claimWords, int allowedEdits, UUID claimedSpeaker) {
        List<Candidate> candidates = new ArrayList<>();
        try (Connection connection = dataSource.getConnection()) {
            List<String> configurations = SearchConfigurations.inUse(connection).stream()
                    .filter(SearchConfigurations::isOurs).toList();
            if (configurations.isEmpty()) {
                return candidates;
            }
            connection.setAutoCommit(false);
            try (PreparedStatement threshold = connection.prepareStatement(
                    "SELECT set_config('pg_trgm.word_similarity_threshold', ?, true)")) {
                threshold.setString(1, WORD_SIMILARITY_THRESHOLD);
                threshold.execute();
            }
            Sql sql = query(configurations, claimText, claimWords, allowedEdits, claimedSpeaker);
            try (PreparedStatement statement = sql.prepare(connection); ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    candidates.add(new Candidate(this.rows.read(rows.getString(1)), rows.getDouble(2)));
                }
            }
            connection.commit();
        } catch (SQLException e) {
            throw new SearchFailedException(e);
        }
        return candidates;
    }

    private static Sql query(List<String> configurations, String claimText, String claimWords, int allowedEdits,
                             UUID claimedSpeaker) {
        Sql sql = new Sql().append("WITH ");
        List<String> closeSets = new ArrayList<>();
        for (int i = 0; i < configurations.size(); i++) {
            String configuration = configurations.get(i);
            String lexemes = "lexemes" + i;
            String grouped = "grouped" + i;
            // The claim's lexemes, numbered, then dealt into groups ANDed inside and ORed together.
            sql.append(lexemes + " AS (SELECT lexeme, row_number() OVER () AS n FROM unnest(tsvector_to_array("
                            + "to_tsvector('" + configuration + "'::regconfig, ?))) lexeme), ", claimText)
                    .append(grouped + " AS (SELECT string_agg('(' || conjunction || ')', ' | ')::tsquery AS query FROM ("
                            + "SELECT string_agg(quote_literal(lexeme), ' & ') AS conjunction FROM " + lexemes
                            + " GROUP BY CASE WHEN (SELECT count(*) FROM " + lexemes + ") < 4 THEN 0 ELSE n % ? END) groups), ",
                            Math.min(allowedEdits, MAX_GUARANTEED_EDITS) + 1)
                    .append("close" + i + " AS (SELECT s.id FROM statement s, " + grouped + " g"
                            + " WHERE g.query IS NOT NULL AND s.search_config = '" + configuration + "'"
                            + " AND s.search_vector @@ g.query"
                            + " ORDER BY ts_rank(s.search_vector, g.query) DESC, s.id LIMIT " + CLOSE_CANDIDATES + "), ");
            closeSets.add("SELECT id FROM close" + i);
        }
        // Only when no configuration found a stemmed word: trigram similarity on the normalised words.
        String noLexemes = configurations.stream().map(c -> "NOT EXISTS (SELECT 1 FROM lexemes"
                + configurations.indexOf(c) + ")").reduce((a, b) -> a + " AND " + b).orElse("TRUE");
        sql.append("fallback AS (SELECT s.id FROM statement s WHERE " + noLexemes
                        + " AND verbatim_quote_words(s.text) %> ?"
                        + " ORDER BY word_similarity(?, verbatim_quote_words(s.text)) DESC, s.id LIMIT "
                        + CLOSE_CANDIDATES + ")", claimWords, claimWords);
        closeSets.add("SELECT id FROM fallback");
        if (claimedSpeaker != null) {
            // A paraphrase shares at least half of the claim's stemmed words: all of one half, in most cases.
            for (int i = 0; i < configurations.size(); i++) {
                String halves = "halves" + i;
                sql.append(", " + halves + " AS (SELECT string_agg('(' || conjunction || ')', ' | ')::tsquery AS query FROM ("
                        + "SELECT string_agg(quote_literal(lexeme), ' & ') AS conjunction FROM lexemes" + i
                        + " GROUP BY n % 2) groups)")
                        .append(", spoken" + i + " AS (SELECT s.id FROM statement s, " + halves + " h"
                                + " WHERE h.query IS NOT NULL AND s.speaker_id = ? AND s.search_config = '"
                                + configurations.get(i) + "' AND s.search_vector @@ h.query"
                                + " ORDER BY ts_rank(s.search_vector, h.query) DESC, s.id LIMIT " + SPEAKER_CANDIDATES + ")",
                        claimedSpeaker);
                closeSets.add("SELECT id FROM spoken" + i);
            }
        }
        return sql.append(" SELECT ").append(StatementJson.SELECT).append(", ("
                        + "SELECT count(*)::float / greatest(1, cardinality(tsvector_to_array(to_tsvector(s.search_config::regconfig, ?))))"
                        + " FROM unnest(tsvector_to_array(to_tsvector(s.search_config::regconfig, ?))) lexeme"
                        + " WHERE lexeme = ANY(tsvector_to_array(to_tsvector(s.search_config::regconfig, s.text))))"
                        + " FROM statement s", claimText, claimText)
                .append(StatementJson.JOINS)
                .append(" WHERE s.id IN (" + String.join(" UNION ", closeSets) + ")");
    }
}
