package io.verbatim.quotecheck;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import io.verbatim.search.SearchFailedException;
import io.verbatim.search.Sql;
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
 * The few recorded statements worth aligning with a claim, found by PostgreSQL in one round trip: those whose words
 * contain a stretch close to the claim (trigram word similarity, GIN-indexed), plus, when a speaker is claimed, that
 * speaker's statements sharing the most stemmed words with it (full text), each with its share of the claim's
 * stemmed words.
 */
@ApplicationScoped
class QuoteCandidates {

    static final int CLOSE_CANDIDATES = 10;
    static final int SPEAKER_CANDIDATES = 3;
    static final String WORD_SIMILARITY_THRESHOLD = "0.45";

    /** A candidate statement and the share of the claim's stemmed words it contains. */
    record Candidate(StatementView statement, double wordOverlap) {
    }

    private final DataSource dataSource;
    private final ObjectReader statementReader;

    QuoteCandidates(DataSource dataSource, ObjectMapper mapper) {
        this.dataSource = dataSource;
        this.statementReader = mapper.readerFor(StatementView.class);
    }

    List<Candidate> find(String claimText, String claimWords, UUID claimedSpeaker) {
        Sql sql = new Sql().append("WITH close AS (SELECT s.id FROM statement s WHERE verbatim_quote_words(s.text) %> ?"
                        + " ORDER BY word_similarity(?, verbatim_quote_words(s.text)) DESC, s.id LIMIT "
                        + CLOSE_CANDIDATES + ")", claimWords, claimWords);
        if (claimedSpeaker != null) {
            sql.append(", spoken AS (SELECT s.id FROM statement s WHERE s.speaker_id = ?"
                            + " AND s.search_vector @@ replace(plainto_tsquery(s.search_config::regconfig, ?)::text,"
                            + " ' & ', ' | ')::tsquery"
                            + " ORDER BY ts_rank_cd(s.search_vector, replace(plainto_tsquery(s.search_config::regconfig, ?)::text,"
                            + " ' & ', ' | ')::tsquery) DESC, s.id LIMIT " + SPEAKER_CANDIDATES + ")",
                    claimedSpeaker, claimText, claimText);
        }
        sql.append(" SELECT ").append(StatementJson.SELECT).append(", ("
                        + "SELECT count(*)::float / greatest(1, cardinality(tsvector_to_array(to_tsvector(s.search_config::regconfig, ?))))"
                        + " FROM unnest(tsvector_to_array(to_tsvector(s.search_config::regconfig, ?))) lexeme"
                        + " WHERE lexeme = ANY(tsvector_to_array(to_tsvector(s.search_config::regconfig, s.text))))"
                        + " FROM statement s", claimText, claimText)
                .append(StatementJson.JOINS)
                .append(" WHERE s.id IN (SELECT id FROM close" + (claimedSpeaker != null ? " UNION SELECT id FROM spoken" : "")
                        + ")");
        List<Candidate> candidates = new ArrayList<>();
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try (PreparedStatement threshold = connection.prepareStatement(
                    "SELECT set_config('pg_trgm.word_similarity_threshold', ?, true)")) {
                threshold.setString(1, WORD_SIMILARITY_THRESHOLD);
                threshold.execute();
            }
            try (PreparedStatement statement = sql.prepare(connection); ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    candidates.add(new Candidate(statementReader.readValue(rows.getString(1)), rows.getDouble(2)));
                }
            }
            connection.commit();
        } catch (SQLException e) {
            throw new SearchFailedException(e);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("The database built a statement the API cannot read", e);
        }
        return candidates;
    }
}
