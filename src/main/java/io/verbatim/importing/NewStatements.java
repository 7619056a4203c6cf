package io.verbatim.importing;

import io.verbatim.domain.SourceCitation;
import io.verbatim.domain.Topic;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

/**
 * New statements of a batch, gathered while their lines are resolved and then written by SQL all at once: one
 * multi-row INSERT … SELECT FROM unnest(…) each for the statements, their topics and their sources, each together
 * with its history rows (revision type 0, "added") in the batch's revision. The search vectors and the topic links'
 * statuses are written with the rows (V16's row triggers skip rows that have them); the statement-level triggers
 * (status counts, dense terms, the search change record) run as for any insert.
 */
final class NewStatements {

    /**
     * The search configuration and vector are computed here, as V2's row trigger would (which V16 then skips), with
     * each speaker's name turned into its weighted vector once per batch rather than once per statement.
     */
    private static final String STATEMENTS = """
            WITH line AS (
                SELECT u.id::uuid AS id, u.external_id, u.text, u.kind, u.language, u.speaker_id::uuid AS speaker_id,
                       u.on_behalf_of_id::uuid AS on_behalf_of_id, u.speaker_role, u.said_on::date AS said_on,
                       u.date_precision, u.context, u.status, u.retraction_reason,
                       verbatim_search_config(u.language) AS search_config
                FROM unnest(?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[],
                            ?::text[], ?::text[], ?::text[], ?::text[], ?::text[])
                     AS u(id, external_id, text, kind, language, speaker_id, on_behalf_of_id, speaker_role, said_on,
                          date_precision, context, status, retraction_reason)),
            speaker_name AS (
                SELECT k.speaker_id, k.search_config,
                       setweight(to_tsvector(k.search_config::regconfig, coalesce(sp.name, '')), 'B') AS vector
                FROM (SELECT DISTINCT speaker_id, search_config FROM line) k JOIN speaker sp ON sp.id = k.speaker_id),
            stored AS (
                INSERT INTO statement (id, external_id, text, kind, language, speaker_id, on_behalf_of_id, speaker_role,
                                       said_on, date_precision, context, status, retraction_reason, created_at,
                                       updated_at, version, search_config, search_vector)
                SELECT l.id, l.external_id, l.text, l.kind, l.language, l.speaker_id, l.on_behalf_of_id, l.speaker_role,
                       l.said_on, l.date_precision, l.context, l.status, l.retraction_reason, ?, ?, 0, l.search_config,
                       setweight(to_tsvector(l.search_config::regconfig, l.text), 'A') || n.vector
                       || setweight(to_tsvector(l.search_config::regconfig, coalesce(l.context, '')), 'C')
                FROM line l JOIN speaker_name n ON n.speaker_id = l.speaker_id AND n.search_config = l.search_config)
            INSERT INTO statement_aud (id, rev, revtype, external_id, text, kind, language, speaker_id, on_behalf_of_id,
                                       speaker_role, said_on, date_precision, context, status, retraction_reason,
                                       created_at, updated_at, version)
            SELECT id, ?, 0, external_id, text, kind, language, speaker_id, on_behalf_of_id, speaker_role, said_on,
                   date_precision, context, status, retraction_reason, ?, ?, 0 FROM line""";

    private static final String TOPICS = """
            WITH link AS (
                SELECT u.statement_id::uuid AS statement_id, u.topic_id::uuid AS topic_id, u.status
                FROM unnest(?::text[], ?::text[], ?::text[]) AS u(statement_id, topic_id, status)),
            stored AS (
                INSERT INTO statement_topic (statement_id, topic_id, status)
                SELECT statement_id, topic_id, status FROM link)
            INSERT INTO statement_topic_aud (rev, statement_id, topic_id, revtype)
            SELECT ?, statement_id, topic_id, 0 FROM link""";

    private static final String SOURCES = """
            WITH citation AS (
                SELECT u.statement_id::uuid AS statement_id, u.position::integer AS position,
                       u.source_id::uuid AS source_id, u.attribution
                FROM unnest(?::text[], ?::text[], ?::text[], ?::text[])
                     AS u(statement_id, position, source_id, attribution)),
            stored AS (
                INSERT INTO statement_source (statement_id, position, source_id, attribution)
                SELECT statement_id, position, source_id, attribution FROM citation)
            INSERT INTO statement_source_aud (rev, statement_id, position, revtype, source_id, attribution)
            SELECT ?, statement_id, position, 0, source_id, attribution FROM citation""";

    private final List<String[]> statements = new ArrayList<>();
    private final List<String[]> topics = new ArrayList<>();
    private final List<String[]> sources = new ArrayList<>();

    /** One new statement: its columns as text, in the order of {@link #STATEMENTS}' unnest. */
    void add(UUID id, String externalId, String text, String kind, String language, UUID speakerId,
             UUID onBehalfOfId, String speakerRole, String saidOn, String datePrecision, String context,
             String status, String retractionReason, Collection<Topic> statementTopics,
             List<SourceCitation> citations) {
        String statementId = id.toString();
        statements.add(new String[]{statementId, externalId, text, kind, language, speakerId.toString(),
                onBehalfOfId == null ? null : onBehalfOfId.toString(), speakerRole, saidOn, datePrecision, context,
                status, retractionReason});
        for (Topic topic : statementTopics) {
            topics.add(new String[]{statementId, topic.id.toString(), status});
        }
        for (int position = 0; position < citations.size(); position++) {
            SourceCitation citation = citations.get(position);
            sources.add(new String[]{statementId, Integer.toString(position), citation.source.id.toString(),
                    citation.attribution});
        }
    }

    boolean isEmpty() {
        return statements.isEmpty();
    }

    /** Writes the gathered statements in revision {@code revision}, stamped {@code now}; then forgets them. */
    void write(Connection connection, long revision, Instant now) throws SQLException {
        if (statements.isEmpty()) {
            return;
        }
        OffsetDateTime stamp = now.atOffset(ZoneOffset.UTC);
        try (PreparedStatement insert = connection.prepareStatement(STATEMENTS)) {
            int parameter = columns(connection, insert, statements, 13, 1);
            insert.setObject(parameter++, stamp);
            insert.setObject(parameter++, stamp);
            insert.setLong(parameter++, revision);
            insert.setObject(parameter++, stamp);
            insert.setObject(parameter, stamp);
            insert.executeUpdate();
        }
        // The links' export triggers stand aside for these two inserts (V21): both arrays of the batch's statements
        // are then written once, one row version each, instead of an insert by one trigger and an update by the other.
        boolean linked = !topics.isEmpty() || !sources.isEmpty();
        if (linked) {
            exportRefresh(connection, "batch");
        }
        if (!topics.isEmpty()) {
            try (PreparedStatement insert = connection.prepareStatement(TOPICS)) {
                insert.setLong(columns(connection, insert, topics, 3, 1), revision);
                insert.executeUpdate();
            }
        }
        if (!sources.isEmpty()) {
            try (PreparedStatement insert = connection.prepareStatement(SOURCES)) {
                insert.setLong(columns(connection, insert, sources, 4, 1), revision);
                insert.executeUpdate();
            }
        }
        if (linked) {
            exportRefresh(connection, "");
            java.util.Set<String> ids = new java.util.LinkedHashSet<>();
            topics.forEach(link -> ids.add(link[0]));
            sources.forEach(citation -> ids.add(citation[0]));
            try (PreparedStatement refresh = connection.prepareStatement(
                    "SELECT verbatim_export_refresh(?::uuid[], true, true)")) {
                refresh.setArray(1, connection.createArrayOf("text", ids.toArray()));
                refresh.execute();
            }
        }
        statements.clear();
        topics.clear();
        sources.clear();
    }

    /**
     * Sets {@code verbatim.export_refresh} for the rest of the transaction (undone with it, or with a savepoint rolled
     * back to): 'batch' makes the link triggers skip their export refresh, '' restores them.
     */
    private static void exportRefresh(Connection connection, String value) throws SQLException {
        try (PreparedStatement set = connection.prepareStatement(
                "SELECT set_config('verbatim.export_refresh', ?, true)")) {
            set.setString(1, value);
            set.execute();
        }
    }

    /** Binds each of the rows' {@code width} columns as one text array; the next parameter index. */
    private static int columns(Connection connection, PreparedStatement insert, List<String[]> rows, int width,
                               int first) throws SQLException {
        for (int column = 0; column < width; column++) {
            String[] values = new String[rows.size()];
            for (int row = 0; row < rows.size(); row++) {
                values[row] = rows.get(row)[column];
            }
            insert.setArray(first + column, connection.createArrayOf("text", values));
        }
        return first + width;
    }
}
