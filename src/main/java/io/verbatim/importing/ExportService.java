package io.verbatim.importing;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import io.verbatim.search.StatementQuery;
import io.verbatim.search.StatementSearch;
import jakarta.enterprise.context.ApplicationScoped;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

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

    private static final String SPEAKER = """
            json_build_object('name', %1$s.name, 'kind', %1$s.kind,
                'aliases', (SELECT json_agg(a.alias ORDER BY a.position) FROM speaker_alias a
                            WHERE a.speaker_id = %1$s.id),
                'wikidataId', %1$s.wikidata_id, 'description', %1$s.description,
                'roles', (SELECT json_agg(json_build_object('title', r.title, 'organization', r.organization,
                              'party', r.party, 'jurisdiction', r.jurisdiction, 'from', r.valid_from, 'to', r.valid_to)
                              ORDER BY r.position)
                          FROM speaker_role r WHERE r.speaker_id = %1$s.id))""";

    /** Each statement as its {@link ImportLine} JSON, null fields and empty lists left out as the import format does. */
    private static final String NDJSON_LINES = """
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
                'status', s.status, 'retractionReason', s.retraction_reason))::text
            FROM statement s JOIN speaker sp ON sp.id = s.speaker_id LEFT JOIN speaker ob ON ob.id = s.on_behalf_of_id
            """.formatted(SPEAKER.formatted("sp"), SPEAKER.formatted("ob"));

    /** The flat CSV columns of each statement, in {@link CsvLines#HEADER} order; a row carries the first source only. */
    private static final String CSV_ROWS = """
            SELECT s.external_id, s.text, s.kind, s.language, sp.name, sp.kind,
                (SELECT string_agg(a.alias, ';' ORDER BY a.position) FROM speaker_alias a WHERE a.speaker_id = sp.id),
                sp.wikidata_id, sp.description, s.speaker_role, ob.name, s.said_on::text, s.date_precision, s.context,
                (SELECT string_agg(t.name, ';' ORDER BY t.slug)
                 FROM statement_topic st JOIN topic t ON t.id = st.topic_id WHERE st.statement_id = s.id),
                fs.url, fs.outlet, fs.title, fs.published_on::text, fs.author, fs.attribution,
                s.status, s.retraction_reason
            FROM statement s JOIN speaker sp ON sp.id = s.speaker_id LEFT JOIN speaker ob ON ob.id = s.on_behalf_of_id
            LEFT JOIN LATERAL (SELECT so.url, so.outlet, so.title, so.published_on, so.author, ss.attribution
                               FROM statement_source ss JOIN source so ON so.id = ss.source_id
                               WHERE ss.statement_id = s.id ORDER BY ss.position LIMIT 1) fs ON true
            """;

    private final StatementSearch search;
    private final CsvMapper csvMapper = new CsvMapper();

    public ExportService(StatementSearch search) {
        this.search = search;
    }

    public void writeNdjson(StatementQuery filter, OutputStream out) throws IOException {
        int[] count = {0};
        search.streamOldestFirst(filter, NDJSON_LINES, PAGE_SIZE, row -> {
            out.write(row.getString(1).getBytes(StandardCharsets.UTF_8));
            out.write('\n');
            if (++count[0] % PAGE_SIZE == 0) {
                out.flush();
            }
        });
        out.flush();
    }

    public void writeCsv(StatementQuery filter, OutputStream out) throws IOException {
        CsvSchema.Builder schema = CsvSchema.builder();
        CsvLines.HEADER.forEach(schema::addColumn);
        int columns = CsvLines.HEADER.size();
        try (SequenceWriter rows = csvMapper.writerFor(Map.class)
                .with(schema.build().withHeader())
                .without(JsonGenerator.Feature.AUTO_CLOSE_TARGET)
                .writeValues(out)) {
            int[] count = {0};
            search.streamOldestFirst(filter, CSV_ROWS, PAGE_SIZE, row -> {
                Map<String, String> values = new LinkedHashMap<>();
                for (int i = 0; i < columns; i++) {
                    String value = row.getString(i + 1);
                    values.put(CsvLines.HEADER.get(i), value == null ? "" : value);
                }
                rows.write(values);
                if (++count[0] % PAGE_SIZE == 0) {
                    rows.flush();
                }
            });
        }
    }
}
