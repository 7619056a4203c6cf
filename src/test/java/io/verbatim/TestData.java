package io.verbatim;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.verbatim.importing.ImportReport;
import io.verbatim.importing.ImportService;
import jakarta.enterprise.context.ApplicationScoped;

import java.io.BufferedReader;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Builds statements in the import format and stores them through the import service, so that each test owns its
 * data: names carry a unique suffix and never collide with the sample data or with other tests.
 */
@ApplicationScoped
public class TestData {

    private final ImportService importer;
    private final ObjectMapper mapper;

    public TestData(ImportService importer, ObjectMapper mapper) {
        this.importer = importer;
        this.mapper = mapper;
    }

    /** A suffix that makes names, slugs, URLs and external ids unique to one test. */
    public static String unique() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

    /** A made-up word of letters only, so that a full-text query can select one test's statements. */
    public static String uniqueWord() {
        StringBuilder word = new StringBuilder("zq");
        for (char hex : unique().toCharArray()) {
            word.append((char) ('a' + Character.digit(hex, 16)));
        }
        return word.toString();
    }

    public static Line statement(String speakerName, String text, String saidOn) {
        return new Line(speakerName, text, saidOn);
    }

    public ImportReport store(Line... lines) {
        return importNdjson(java.util.Arrays.stream(lines).map(this::json).collect(Collectors.joining("\n")));
    }

    public ImportReport importNdjson(String ndjson) {
        return importer.importNdjson(new BufferedReader(new StringReader(ndjson)));
    }

    public String json(Line line) {
        try {
            return mapper.writeValueAsString(line.fields);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** One import line, with sensible defaults for every required field. */
    public static final class Line {
        final Map<String, Object> fields = new LinkedHashMap<>();

        Line(String speakerName, String text, String saidOn) {
            fields.put("externalId", "test-" + unique());
            fields.put("text", text);
            fields.put("kind", "DIRECT");
            fields.put("language", "en");
            fields.put("speaker", new LinkedHashMap<>(Map.of("name", speakerName, "kind", "PERSON")));
            fields.put("saidOn", saidOn);
            fields.put("datePrecision", "DAY");
            fields.put("source", source("https://news.example.org/" + unique(), "Example News", null));
        }

        public Line with(String field, Object value) {
            fields.put(field, value);
            return this;
        }

        public Line without(String field) {
            fields.remove(field);
            return this;
        }

        @SuppressWarnings("unchecked")
        public Line speaker(String field, Object value) {
            ((Map<String, Object>) fields.get("speaker")).put(field, value);
            return this;
        }

        public Line topics(Object... topics) {
            fields.put("topics", List.of(topics));
            return this;
        }

        public Line sources(Map<?, ?>... sources) {
            fields.remove("source");
            fields.put("sources", new ArrayList<>(List.of(sources)));
            return this;
        }

        public String externalId() {
            return (String) fields.get("externalId");
        }
    }

    public static Map<String, Object> source(String url, String outlet, String attribution) {
        Map<String, Object> source = new LinkedHashMap<>();
        source.put("url", url);
        source.put("outlet", outlet);
        source.put("title", "A story about " + outlet);
        source.put("publishedOn", "2020-01-02");
        source.put("attribution", attribution);
        return source;
    }

    public static Map<String, Object> topic(String name, String parent) {
        Map<String, Object> topic = new LinkedHashMap<>();
        topic.put("name", name);
        topic.put("parent", parent);
        return topic;
    }
}
