package io.verbatim.importing;

import io.verbatim.search.SearchFailedException;
import jakarta.enterprise.context.ApplicationScoped;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Builds export lines in PostgreSQL: each statement as its {@link ImportLine} JSON, with null fields and empty lists
 * left out as the NDJSON writer of the import format does, in one query a page. Loading entities to convert them
 * exported under 2,000 statements a second; this streams tens of thousands.
 */
@ApplicationScoped
public class ExportLineReader {

    private static final String SPEAKER = """
            json_build_object('name', %1$s.name, 'kind', %1$s.kind,
                'aliases', (SELECT json_agg(a.alias ORDER BY a.position) FROM speaker_alias a
                            WHERE a.speaker_id = %1$s.id),
                'wikidataId', %1$s.wikidata_id, 'description', %1$s.description,
                'roles', (SELECT json_agg(json_build_object('title', r.title, 'organization', r.organization,
                              'party', r.party, 'jurisdiction', r.jurisdiction, 'from', r.valid_from, 'to', r.valid_to)
                              ORDER BY r.position)
                          FROM speaker_role r WHERE r.speaker_id = %1$s.id))""";

    private static final String LINES = """
            SELECT json_strip_nulls(json_build_object(
                'externalId', s.external_id, 'text', s.text, 'kind', s.kind, 'language', s.language,
                'speaker', %s,
                'onBehalfOf', CASE WHEN ob.id IS NULL THEN NULL ELSE %s END,
                'speakerRole', s.speaker_role, 'saidOn', s.said_on, 'datePrecision', s.date_precision,
                'context', s.context,
                'topics', (SELECT json_agg(json_build_object('name', t.name, 'parent', p.name) ORDER BY t.slug)
                           FROM statement_topic st JOIN topic t ON t.id = st.topic_id
                           LEFT JOIN topic p ON p.id = t.parent_id
                           WHERE st.statement_id = s.id),
                'sources', coalesce((SELECT json_agg(json_build_object('url', so.url, 'outlet', so.outlet,
                                         'title', so.title, 'publishedOn', so.published_on, 'author', so.author,
                                         'attribution', ss.attribution) ORDER BY ss.position)
                                     FROM statement_source ss JOIN source so ON so.id = ss.source_id
                                     WHERE ss.statement_id = s.id), '[]'::json),
                'status', s.status, 'retractionReason', s.retraction_reason))::text,
                s.said_on, s.id
            FROM statement s JOIN speaker sp ON sp.id = s.speaker_id LEFT JOIN speaker ob ON ob.id = s.on_behalf_of_id
            WHERE s.id = ANY(?)
            ORDER BY s.said_on, s.id""".formatted(SPEAKER.formatted("sp"), SPEAKER.formatted("ob"));

    private final DataSource dataSource;

    public ExportLineReader(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** The lines of these statements, oldest {@code saidOn} first (ties by id), and the key of the last one. */
    public Page read(List<UUID> ids) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(LINES)) {
            statement.setArray(1, connection.createArrayOf("uuid", ids.toArray()));
            List<String> lines = new ArrayList<>(ids.size());
            LocalDate lastSaidOn = null;
            UUID lastId = null;
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    lines.add(rows.getString(1));
                    lastSaidOn = rows.getObject(2, LocalDate.class);
                    lastId = rows.getObject(3, UUID.class);
                }
            }
            return new Page(lines, lastSaidOn, lastId);
        } catch (SQLException e) {
            throw new SearchFailedException(e);
        }
    }

    /** One page of NDJSON lines (without their newlines) and the key of the last statement. */
    public record Page(List<String> lines, LocalDate lastSaidOn, UUID lastId) {
    }
}
