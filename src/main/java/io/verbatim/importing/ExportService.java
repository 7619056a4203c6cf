package io.verbatim.importing;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import io.verbatim.search.StatementQuery;
import io.verbatim.search.Sql;
import io.verbatim.search.StatementSearch;
import jakarta.enterprise.context.ApplicationScoped;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/**
 * Streams statements in the import format, NDJSON or CSV, oldest {@code saidOn} first (ties by id), through one
 * query on a server-side cursor: PostgreSQL builds each NDJSON line (and each CSV row's flat columns) with every
 * speaker, topic and source in it, so there is no lookup per statement and memory stays constant however many
 * statements match. Importing an export reproduces the data.
 */
@ApplicationScoped
public class ExportService {

    /** Rows fetched from the cursor per round trip (and flushed to the client). */
    public static final int PAGE_SIZE = 1000;
    private static final int BUFFER_BYTES = 64 * 1024;

    /**
     * A speaker as the JSON object of the import format, null fields and empty lists left out, built as text in the
     * compact form the export has always had ({@code "key":value}, no spaces). A lateral subquery on the speaker's id,
     * so that PostgreSQL memoizes it: built once per speaker, not once per statement.
     */
    private static final String SPEAKER = """
            (SELECT '{' || concat_ws(',',
                    '"name":' || to_json(sp.name)::text,
                    '"kind":' || to_json(sp.kind)::text,
                    '"aliases":' || (SELECT '[' || string_agg(to_json(a.alias)::text, ',' ORDER BY a.position) || ']'
                                     FROM speaker_alias a WHERE a.speaker_id = sp.id),
                    '"wikidataId":' || to_json(sp.wikidata_id)::text,
                    '"description":' || to_json(sp.description)::text,
                    '"roles":' || (SELECT '[' || string_agg('{' || concat_ws(',',
                                              '"title":' || to_json(r.title)::text,
                                              '"organization":' || to_json(r.organization)::text,
                                              '"party":' || to_json(r.party)::text,
                                              '"jurisdiction":' || to_json(r.jurisdiction)::text,
                                              '"from":' || to_json(r.valid_from)::text,
                                              '"to":' || to_json(r.valid_to)::text) || '}', ',' ORDER BY r.position)
                                          || ']'
                                   FROM speaker_role r WHERE r.speaker_id = sp.id)) || '}' AS json
             FROM speaker sp WHERE sp.id = %s OFFSET 0)""";

    /**
     * A statement's topic names for CSV, ordered by slug, each looked up by its primary key (a join here lets the
     * planner hash the whole topic table once per statement).
     */
    private static final String TOPICS = """
            (SELECT %s AS topics
             FROM statement_topic st
             CROSS JOIN LATERAL (SELECT t.slug, t.name,
                                        (SELECT p.name FROM topic p WHERE p.id = t.parent_id) AS parent
                                 FROM topic t WHERE t.id = st.topic_id OFFSET 0) t
             WHERE st.statement_id = s.id)""";

    /**
     * Each statement as its {@link ImportLine} JSON, null fields and empty lists left out as the import format does,
     * in exactly the bytes of {@code json_strip_nulls(json_build_object(...))}: keys in this order, {@code "key":value}
     * with no spaces, strings escaped by {@code to_json}. Built as text, which costs PostgreSQL a fraction of building
     * JSON and parsing it again to strip its nulls. The topics and sources arrays are read pre-built from
     * {@code statement_export} (V20, kept in these same bytes): one primary-key probe a statement instead of the probes
     * of every link, topic, parent and source, which were three quarters of PostgreSQL's time a line. {@code %1$s} and
     * {@code %2$s} are the topics and sources arrays: the stored ones, or {@link #LIVE_TOPICS} / {@link #LIVE_SOURCES}.
     */
    private static final String NDJSON_LINES = """
            SELECT '{' || concat_ws(',',
                '"externalId":' || to_json(s.external_id)::text,
                '"text":' || to_json(s.text)::text,
                '"kind":' || to_json(s.kind)::text,
                '"language":' || to_json(s.language)::text,
                '"speaker":' || speaker.json,
                '"onBehalfOf":' || on_behalf_of.json,
                '"speakerRole":' || to_json(s.speaker_role)::text,
                '"saidOn":' || to_json(s.said_on)::text,
                '"datePrecision":' || to_json(s.date_precision)::text,
                '"context":' || to_json(s.context)::text,
                '"topics":' || %1$s,
                '"sources":' || coalesce(%2$s, '[]'),
                '"status":' || to_json(s.status)::text,
                '"retractionReason":' || to_json(s.retraction_reason)::text) || '}'
            FROM statement s
            CROSS JOIN LATERAL %3$s speaker
            LEFT JOIN LATERAL %4$s on_behalf_of ON true
            LEFT JOIN LATERAL (SELECT e.topics, e.sources FROM statement_export e WHERE e.statement_id = s.id
                               OFFSET 0) stored ON true
            """;

    /**
     * While topics are queued for a rewrite of the stored arrays (V21, {@link ExportRefresher}), a statement linking one
     * of them has its topics array built from the live tables, by the same function that builds the stored one: one
     * probe of its links a statement, only while something is queued. The parameter: the queued topics and the
     * children of the queued renamed ones.
     */
    private static final String LIVE_TOPICS = """
            CASE WHEN EXISTS (SELECT 1 FROM statement_topic q WHERE q.statement_id = s.id AND q.topic_id = ANY (?::uuid[]))
                 THEN verbatim_export_topics(s.id) ELSE stored.topics END""";

    /** The same for the sources: the statements citing a queued source. */
    private static final String LIVE_SOURCES = """
            CASE WHEN EXISTS (SELECT 1 FROM statement_source q WHERE q.statement_id = s.id AND q.source_id = ANY (?::uuid[]))
                 THEN verbatim_export_sources(s.id) ELSE stored.sources END""";

    /** What is queued, read in the export's snapshot: the topics whose statements' arrays may be stale, the sources. */
    private static final String QUEUED = """
            SELECT ARRAY(SELECT p.topic_id FROM statement_export_pending p WHERE p.topic_id IS NOT NULL
                         UNION
                         SELECT t.id FROM topic t JOIN statement_export_pending p ON p.with_children AND t.parent_id = p.topic_id),
                   ARRAY(SELECT DISTINCT p.source_id FROM statement_export_pending p WHERE p.source_id IS NOT NULL)""";

    private static final String SPEAKERS = SPEAKER.formatted("s.speaker_id");
    private static final String ON_BEHALF_OF = SPEAKER.formatted("s.on_behalf_of_id");

    /** The flat CSV columns of each statement, in {@link CsvLines#HEADER} order; a row carries the first source only. */
    private static final String CSV_ROWS = """
            SELECT s.external_id, s.text, s.kind, s.language, sp.name, sp.kind,
                (SELECT string_agg(a.alias, ';' ORDER BY a.position) FROM speaker_alias a WHERE a.speaker_id = sp.id),
                sp.wikidata_id, sp.description, s.speaker_role, ob.name, s.said_on::text, s.date_precision, s.context,
                topics.topics,
                fs.url, fs.outlet, fs.title, fs.published_on::text, fs.author, fs.attribution,
                s.status, s.retraction_reason
            FROM statement s JOIN speaker sp ON sp.id = s.speaker_id LEFT JOIN speaker ob ON ob.id = s.on_behalf_of_id
            LEFT JOIN LATERAL %s topics ON true
            LEFT JOIN LATERAL (SELECT so.url, so.outlet, so.title, so.published_on, so.author, ss.attribution
                               FROM statement_source ss JOIN source so ON so.id = ss.source_id
                               WHERE ss.statement_id = s.id ORDER BY ss.position LIMIT 1) fs ON true
            """.formatted(TOPICS.formatted("string_agg(t.name, ';' ORDER BY t.slug)"));

    private final StatementSearch search;
    private final CsvMapper csvMapper = new CsvMapper();

    public ExportService(StatementSearch search) {
        this.search = search;
    }

    /** The lines as PostgreSQL built them: their bytes are copied to the client, never decoded or mapped. */
    public void writeNdjson(StatementQuery filter, OutputStream client) throws IOException {
        BufferedOutputStream out = new BufferedOutputStream(client, BUFFER_BYTES);
        int[] count = {0};
        search.streamOldestFirst(filter, ExportService::ndjsonLines, PAGE_SIZE, row -> {
            out.write(row.getBytes(1));
            out.write('\n');
            if (++count[0] % PAGE_SIZE == 0) {
                out.flush();
            }
        });
        out.flush();
    }

    /**
     * The NDJSON select, in the export's snapshot: the stored arrays, and the live ones for the statements that name a
     * topic or source still queued for a rewrite in that snapshot (so a line is never stale, however far behind the
     * rewrite is).
     */
    static Sql ndjsonLines(Connection connection) throws SQLException {
        Object[] topics;
        Object[] sources;
        try (PreparedStatement queued = connection.prepareStatement(QUEUED); ResultSet row = queued.executeQuery()) {
            row.next();
            topics = (Object[]) row.getArray(1).getArray();
            sources = (Object[]) row.getArray(2).getArray();
        }
        Sql sql = new Sql();
        List<Object> parameters = new ArrayList<>();
        if (topics.length > 0) {
            parameters.add(Arrays.copyOf(topics, topics.length, UUID[].class));
        }
        if (sources.length > 0) {
            parameters.add(Arrays.copyOf(sources, sources.length, UUID[].class));
        }
        return sql.append(NDJSON_LINES.formatted(topics.length > 0 ? LIVE_TOPICS : "stored.topics",
                sources.length > 0 ? LIVE_SOURCES : "stored.sources", SPEAKERS, ON_BEHALF_OF), parameters.toArray());
    }

    public void writeCsv(StatementQuery filter, OutputStream client) throws IOException {
        CsvSchema.Builder schema = CsvSchema.builder();
        CsvLines.HEADER.forEach(schema::addColumn);
        int columns = CsvLines.HEADER.size();
        BufferedOutputStream out = new BufferedOutputStream(client, BUFFER_BYTES);
        try (SequenceWriter rows = csvMapper.writerFor(String[].class)
                .with(schema.build().withHeader())
                .without(JsonGenerator.Feature.AUTO_CLOSE_TARGET)
                .writeValues(out)) {
            int[] count = {0};
            String[] values = new String[columns];
            search.streamOldestFirst(filter, CSV_ROWS, PAGE_SIZE, row -> {
                for (int i = 0; i < columns; i++) {
                    String value = row.getString(i + 1);
                    values[i] = value == null ? "" : value;
                }
                rows.write(values);
                if (++count[0] % PAGE_SIZE == 0) {
                    rows.flush();
                }
            });
        }
        out.flush();
    }
}
