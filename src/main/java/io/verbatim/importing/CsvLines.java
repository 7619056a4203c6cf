package io.verbatim.importing;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import io.verbatim.problem.FieldPaths;
import io.verbatim.problem.ProblemException;
import io.verbatim.problem.ProblemType;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.stream.Collectors;

/**
 * The CSV form of the import format: one statement a row under a header row naming flat columns, each standing for
 * one field of an NDJSON line ({@code speakerName} for {@code speaker.name}); list columns separate items with
 * {@code ;}. Columns may come in any order and may be left out; unknown columns are refused. A CSV row carries one
 * source; NDJSON carries several, roles and topic parents.
 */
public final class CsvLines implements ImportService.LineSource {

    /** Each column and the field of the import format it fills; {@code []} marks a {@code ;}-separated list. */
    public static final Map<String, String> COLUMNS = columns(
            "externalId", "externalId",
            "text", "text",
            "kind", "kind",
            "language", "language",
            "speakerName", "speaker.name",
            "speakerKind", "speaker.kind",
            "speakerAliases", "speaker.aliases[]",
            "speakerWikidataId", "speaker.wikidataId",
            "speakerDescription", "speaker.description",
            "speakerRole", "speakerRole",
            "onBehalfOfName", "onBehalfOf.name",
            "saidOn", "saidOn",
            "datePrecision", "datePrecision",
            "context", "context",
            "topics", "topics[]",
            "sourceUrl", "source.url",
            "sourceOutlet", "source.outlet",
            "sourceTitle", "source.title",
            "sourcePublishedOn", "source.publishedOn",
            "sourceAuthor", "source.author",
            "sourceAttribution", "source.attribution",
            "status", "status",
            "retractionReason", "retractionReason");

    /** The header of an export, every column in order. */
    public static final List<String> HEADER = List.copyOf(COLUMNS.keySet());

    private final MappingIterator<Map<String, String>> rows;
    private final ObjectMapper mapper;
    private final BiFunction<Long, ImportLine, ImportService.ParsedLine> check;
    private boolean headerChecked;
    private long number = 1;

    private CsvLines(MappingIterator<Map<String, String>> rows, ObjectMapper mapper,
                     BiFunction<Long, ImportLine, ImportService.ParsedLine> check) {
        this.rows = rows;
        this.mapper = mapper;
        this.check = check;
    }

    /** Opens CSV bodies for the import service. */
    static final class Factory {
        private final CsvMapper csv = new CsvMapper();
        private final ObjectMapper mapper;
        private final BiFunction<Long, ImportLine, ImportService.ParsedLine> check;

        Factory(ObjectMapper mapper, BiFunction<Long, ImportLine, ImportService.ParsedLine> check) {
            this.mapper = mapper;
            this.check = check;
        }

        CsvLines open(Reader reader) {
            try {
                MappingIterator<Map<String, String>> rows = csv.readerForMapOf(String.class)
                        .with(CsvSchema.emptySchema().withHeader())
                        .with(CsvParser.Feature.TRIM_SPACES)
                        .with(CsvParser.Feature.SKIP_EMPTY_LINES)
                        .readValues(reader);
                return new CsvLines(rows, mapper, check);
            } catch (JsonProcessingException noHeader) {
                throw new ProblemException(ProblemType.INVALID_BODY,
                        "A CSV body starts with a header row naming its columns: " + String.join(", ", HEADER) + ".",
                        List.of());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    @Override
    public ImportService.ParsedLine next() throws IOException {
        Map<String, String> row;
        try {
            if (!rows.hasNextValue()) {
                return null;
            }
            number++;
            row = rows.nextValue();
        } catch (JsonProcessingException e) {
            return ImportService.ParsedLine.invalid(number,
                    new ImportReport.LineError(number, null, "is not a valid CSV row for the header"));
        }
        checkHeader();
        ObjectNode line = JsonNodeFactory.instance.objectNode();
        row.forEach((column, value) -> put(line, COLUMNS.get(column), value));
        try {
            ImportService.ParsedLine checked = check.apply(number, mapper.treeToValue(line, ImportLine.class));
            return checked.line() != null ? checked : new ImportService.ParsedLine(number, null,
                    checked.errors().stream().map(error -> new ImportReport.LineError(error.line(),
                            error.field() == null ? null : columnOf(error.field()), error.detail())).toList());
        } catch (JsonMappingException e) {
            String field = FieldPaths.of(e);
            return ImportService.ParsedLine.invalid(number, new ImportReport.LineError(number,
                    field.isEmpty() ? null : columnOf(field), "has an invalid value"));
        }
    }

    /** Unknown columns fail the whole request, before anything is stored. */
    private void checkHeader() {
        if (headerChecked) {
            return;
        }
        headerChecked = true;
        CsvSchema schema = ((CsvParser) rows.getParser()).getSchema();
        for (CsvSchema.Column column : schema) {
            if (!COLUMNS.containsKey(column.getName())) {
                throw ProblemException.invalidBody(column.getName(),
                        "is not a CSV import column; the columns are " + String.join(", ", HEADER));
            }
        }
    }

    private static void put(ObjectNode line, String path, String value) {
        if (path == null || value == null || value.isBlank()) {
            return;
        }
        boolean list = path.endsWith("[]");
        String[] parts = (list ? path.substring(0, path.length() - 2) : path).split("\\.");
        ObjectNode parent = line;
        for (int i = 0; i < parts.length - 1; i++) {
            parent = parent.has(parts[i]) ? (ObjectNode) parent.get(parts[i]) : parent.putObject(parts[i]);
        }
        String leaf = parts[parts.length - 1];
        if (list) {
            ArrayNode items = parent.putArray(leaf);
            Arrays.stream(value.split(";")).map(String::strip).filter(item -> !item.isEmpty()).forEach(items::add);
        } else {
            parent.put(leaf, value);
        }
    }

    /** The column for a field path Jackson reported ({@code speaker.kind} → {@code speakerKind}). */
    static String columnOf(String fieldPath) {
        String bare = fieldPath.replaceAll("\\[\\d+]", "");
        if (bare.equals("source") || bare.equals("sources")) {
            return "sourceUrl";
        }
        return COLUMNS.entrySet().stream()
                .filter(column -> column.getValue().replace("[]", "").equals(bare))
                .map(Map.Entry::getKey)
                .findFirst()
                .orElse(fieldPath);
    }

    private static Map<String, String> columns(String... pairs) {
        Map<String, String> columns = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            columns.put(pairs[i], pairs[i + 1]);
        }
        return columns;
    }

    /** For the documentation: "column (field)" pairs. */
    public static String describe() {
        return COLUMNS.entrySet().stream().map(column -> column.getKey() + " → " + column.getValue())
                .collect(Collectors.joining(", "));
    }
}
