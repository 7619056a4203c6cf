package io.verbatim.importing;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.verbatim.domain.SourceCitation;
import io.verbatim.domain.Speaker;
import io.verbatim.domain.Statement;
import io.verbatim.domain.Topic;
import io.verbatim.search.StatementQuery;
import io.verbatim.search.StatementSearch;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Streams statements in the import format, NDJSON or CSV, reading them in keyset pages of 500 (oldest {@code saidOn}
 * first, ties by id): the table is never held in memory, and importing an export reproduces the data. NDJSON lines
 * are built by PostgreSQL ({@link ExportLineReader}); CSV rows from the entities, each page in a short transaction.
 */
@ApplicationScoped
public class ExportService {

    public static final int PAGE_SIZE = 500;

    private final EntityManager entityManager;
    private final StatementSearch search;
    private final ExportLineReader lineReader;
    private final CsvMapper csvMapper = new CsvMapper();

    public ExportService(EntityManager entityManager, StatementSearch search, ExportLineReader lineReader) {
        this.entityManager = entityManager;
        this.search = search;
        this.lineReader = lineReader;
    }

    public void writeNdjson(StatementQuery filter, OutputStream out) throws IOException {
        LocalDate afterSaidOn = null;
        UUID afterId = null;
        for (List<UUID> ids = search.idsOldestFirst(filter, null, null, PAGE_SIZE); !ids.isEmpty();
             ids = search.idsOldestFirst(filter, afterSaidOn, afterId, PAGE_SIZE)) {
            ExportLineReader.Page page = lineReader.read(ids);
            for (String line : page.lines()) {
                out.write(line.getBytes(StandardCharsets.UTF_8));
                out.write('\n');
            }
            out.flush();
            afterSaidOn = page.lastSaidOn();
            afterId = page.lastId();
        }
    }

    public void writeCsv(StatementQuery filter, OutputStream out) throws IOException {
        CsvSchema.Builder schema = CsvSchema.builder();
        CsvLines.HEADER.forEach(schema::addColumn);
        try (SequenceWriter rows = csvMapper.writerFor(Map.class)
                .with(schema.build().withHeader())
                .without(JsonGenerator.Feature.AUTO_CLOSE_TARGET)
                .writeValues(out)) {
            for (Page page = page(filter, null); !page.lines().isEmpty(); page = page(filter, page)) {
                for (ImportLine line : page.lines()) {
                    rows.write(csvRow(line));
                }
                rows.flush();
            }
        }
    }

    /**
     * The page after {@code previous}: the search finds the ids (with every search filter), then the statements are
     * loaded and converted inside a read transaction of their own.
     */
    private Page page(StatementQuery filter, Page previous) {
        List<UUID> ids = search.idsOldestFirst(filter, previous == null ? null : previous.lastSaidOn(),
                previous == null ? null : previous.lastId(), PAGE_SIZE);
        if (ids.isEmpty()) {
            return new Page(List.of(), null, null);
        }
        return QuarkusTransaction.requiringNew().call(() -> {
            List<Statement> rows = entityManager.createQuery("select s from Statement s join fetch s.speaker"
                            + " left join fetch s.onBehalfOf where s.id in :ids order by s.saidOn, s.id", Statement.class)
                    .setParameter("ids", ids)
                    .getResultList();
            List<ImportLine> lines = rows.stream().map(ExportService::line).toList();
            Statement last = rows.get(rows.size() - 1);
            Page page = new Page(lines, last.saidOn, last.id);
            entityManager.clear();
            return page;
        });
    }

    /** A statement in the import format: every field import compares, nothing server-set but status. */
    static ImportLine line(Statement statement) {
        List<TopicInput> topics = statement.topics.stream()
                .sorted(Comparator.comparing(topic -> topic.slug))
                .map(ExportService::topic)
                .toList();
        List<SourceInput> sources = statement.sources.stream().map(ExportService::source).toList();
        return new ImportLine(statement.externalId, statement.text, statement.kind, statement.language,
                speaker(statement.speaker), statement.onBehalfOf == null ? null : speaker(statement.onBehalfOf),
                statement.speakerRole, statement.saidOn, statement.datePrecision, statement.context,
                topics.isEmpty() ? null : topics, null, sources, statement.status, statement.retractionReason);
    }

    private static SpeakerInput speaker(Speaker speaker) {
        List<RoleInput> roles = speaker.roles.stream()
                .map(role -> new RoleInput(role.title, role.organization, role.party, role.jurisdiction, role.from,
                        role.to))
                .toList();
        return new SpeakerInput(speaker.name, speaker.kind, speaker.aliases.isEmpty() ? null
                : List.copyOf(speaker.aliases), speaker.wikidataId, speaker.description,
                roles.isEmpty() ? null : roles);
    }

    private static TopicInput topic(Topic topic) {
        return new TopicInput(topic.name, topic.parent == null ? null : topic.parent.name);
    }

    private static SourceInput source(SourceCitation citation) {
        var source = citation.source;
        return new SourceInput(source.url, source.outlet, source.title, source.publishedOn, source.author,
                citation.attribution);
    }

    /** The flat CSV columns of a line; a row carries the first source only. */
    static Map<String, String> csvRow(ImportLine line) {
        Map<String, String> row = new LinkedHashMap<>();
        row.put("externalId", line.externalId());
        row.put("text", line.text());
        row.put("kind", line.kind().name());
        row.put("language", line.language());
        row.put("speakerName", line.speaker().name());
        row.put("speakerKind", line.speaker().kind().name());
        row.put("speakerAliases", joined(line.speaker().aliases()));
        row.put("speakerWikidataId", line.speaker().wikidataId());
        row.put("speakerDescription", line.speaker().description());
        row.put("speakerRole", line.speakerRole());
        row.put("onBehalfOfName", line.onBehalfOf() == null ? null : line.onBehalfOf().name());
        row.put("saidOn", line.saidOn().toString());
        row.put("datePrecision", line.datePrecision().name());
        row.put("context", line.context());
        row.put("topics", line.topics() == null ? null
                : line.topics().stream().map(TopicInput::name).collect(Collectors.joining(";")));
        SourceInput source = line.allSources().get(0);
        row.put("sourceUrl", source.url());
        row.put("sourceOutlet", source.outlet());
        row.put("sourceTitle", source.title());
        row.put("sourcePublishedOn", source.publishedOn() == null ? null : source.publishedOn().toString());
        row.put("sourceAuthor", source.author());
        row.put("sourceAttribution", source.attribution());
        row.put("status", line.status().name());
        row.put("retractionReason", line.retractionReason());
        row.replaceAll((column, value) -> value == null ? "" : value);
        return row;
    }

    private static String joined(List<String> items) {
        return items == null ? null : String.join(";", items);
    }

    /** One page of lines and the key of its last statement. */
    private record Page(List<ImportLine> lines, LocalDate lastSaidOn, UUID lastId) {
    }
}
