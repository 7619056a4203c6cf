package io.verbatim.search;

import io.verbatim.domain.SpeakerKind;
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
 * Typo-tolerant speaker lookup by name or alias: trigram similarity (and word similarity, for a part of a name) on
 * lower-cased, accent-free text, served by GIN trigram indexes. A speaker's best-matching name or alias gives its
 * score.
 */
@ApplicationScoped
public class SpeakerSearch {

    private final DataSource dataSource;

    public SpeakerSearch(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** A match: the speaker and how close its best name or alias is, from 0 to 1. */
    public record Match(UUID id, float score) {
    }

    /** The best matches after {@code after} (score descending, then id), at most {@code limit}. */
    public List<Match> find(String text, SpeakerKind kind, Match after, int limit) {
        Sql sql = new Sql().append("WITH candidates AS (")
                .append(candidates("sp.id", "sp.name", "speaker sp", text))
                .append(" UNION ALL ")
                .append(candidates("a.speaker_id", "a.alias", "speaker_alias a", text))
                .append("), best AS (SELECT id, max(score)::real AS score FROM candidates GROUP BY id)"
                        + " SELECT best.id, best.score FROM best JOIN speaker sp ON sp.id = best.id WHERE TRUE");
        if (kind != null) {
            sql.append(" AND sp.kind = ?", kind.name());
        }
        if (after != null) {
            sql.append(" AND (best.score < ?::real OR (best.score = ?::real AND best.id > ?))", after.score(),
                    after.score(), after.id());
        }
        sql.append(" ORDER BY best.score DESC, best.id ASC LIMIT ?", limit);
        List<Match> matches = new ArrayList<>();
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = sql.prepare(connection);
             ResultSet result = statement.executeQuery()) {
            while (result.next()) {
                matches.add(new Match(result.getObject(1, UUID.class), result.getFloat(2)));
            }
        } catch (SQLException e) {
            throw new SearchFailedException(e);
        }
        return matches;
    }

    private static Sql candidates(String id, String name, String table, String text) {
        String folded = "verbatim_fold(" + name + ")";
        // Whole-name similarity separates "Rand Paul" from "Office of Sen. Rand Paul"; word similarity lets a part
        // of a name ("shaheen") match. Their mean is 1 for an exact match.
        return new Sql().append("SELECT " + id + " AS id, (similarity(" + folded + ", verbatim_fold(?))"
                        + " + word_similarity(verbatim_fold(?), " + folded + ")) / 2 AS score FROM " + table
                        + " WHERE " + folded + " % verbatim_fold(?) OR verbatim_fold(?) <% " + folded,
                text, text, text, text);
    }
}
