package io.verbatim.search;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The OpenSearch index of statements: settings, analyzers and mapping, and the SQL that builds its documents.
 * Each statement's searchable words (its text, its speaker's name, its context) go under the text search
 * configuration PostgreSQL stems it with ({@code search.<configuration>.text} ...), analysed like it: lower case,
 * accents folded, the language's stop words, its Snowball stemmer; a query is analysed by each field's own analyzer,
 * so each statement is matched in its own language, as on the PostgreSQL path.
 */
final class SearchIndexMapping {

    /** Raised when the mapping changes: an index with another one is rebuilt at start. */
    static final int VERSION = 2;

    /** PostgreSQL's configurations (V2's verbatim_search_config) and the Snowball stemmer of each. */
    static final Map<String, String> STEMMERS = Map.ofEntries(
            Map.entry("arabic", "Arabic"), Map.entry("armenian", "Armenian"), Map.entry("basque", "Basque"),
            Map.entry("catalan", "Catalan"), Map.entry("danish", "Danish"), Map.entry("dutch", "Dutch"),
            Map.entry("english", "English"), Map.entry("estonian", "Estonian"), Map.entry("finnish", "Finnish"),
            Map.entry("french", "French"), Map.entry("german", "German"), Map.entry("greek", "Greek"),
            Map.entry("hindi", "Hindi"), Map.entry("hungarian", "Hungarian"), Map.entry("indonesian", "Indonesian"),
            Map.entry("irish", "Irish"), Map.entry("italian", "Italian"), Map.entry("lithuanian", "Lithuanian"),
            Map.entry("nepali", "Nepali"), Map.entry("norwegian", "Norwegian"), Map.entry("portuguese", "Portuguese"),
            Map.entry("romanian", "Romanian"), Map.entry("russian", "Russian"), Map.entry("serbian", "Serbian"),
            Map.entry("spanish", "Spanish"), Map.entry("swedish", "Swedish"), Map.entry("tamil", "Tamil"),
            Map.entry("turkish", "Turkish"), Map.entry("yiddish", "Yiddish"));

    /** The configurations whose PostgreSQL dictionary drops stop words, and that OpenSearch has a list for. */
    private static final Set<String> STOP_WORDS = Set.of("danish", "dutch", "english", "finnish", "french", "german",
            "hungarian", "italian", "norwegian", "portuguese", "russian", "spanish", "swedish", "turkish");

    /** The searchable fields of each configuration, with the weights of PostgreSQL's A, B and C. */
    static final List<String> WEIGHTED_FIELDS = List.of("search.*.text^3", "search.*.speaker^2", "search.*.context");

    static final String HIGHLIGHTED_FIELD = "search.*.text";

    /**
     * One statement's document per id given (a missing id: no row, the statement is gone): {@code search} holds
     * the words under the statement's configuration name without the verbatim_ prefix.
     */
    static final String DOCUMENTS = """
            SELECT s.id, json_build_object(
                'id', s.id, 'status', s.status, 'kind', s.kind, 'language', lower(s.language),
                'speakerId', s.speaker_id, 'onBehalfOfId', s.on_behalf_of_id, 'externalId', s.external_id,
                'saidOn', s.said_on,
                'search', json_build_object(substr(s.search_config, 10),
                    json_build_object('text', s.text, 'speaker', sp.name, 'context', s.context)),
                'topicIds', coalesce((SELECT json_agg(t.topic_id) FROM statement_topic t WHERE t.statement_id = s.id), '[]'),
                'outlets', coalesce((SELECT json_agg(DISTINCT verbatim_fold(so.outlet)) FROM statement_source ss
                                     JOIN source so ON so.id = ss.source_id WHERE ss.statement_id = s.id), '[]'),
                'verdicts', coalesce((SELECT json_agg(DISTINCT r.verdict) FROM review r
                                      WHERE r.statement_id = s.id AND r.verdict IS NOT NULL), '[]'),
                'reviewed', EXISTS (SELECT 1 FROM review r WHERE r.statement_id = s.id))::text
            FROM statement s JOIN speaker sp ON sp.id = s.speaker_id
            """;

    private SearchIndexMapping() {
    }

    static String settingsAndMappings() {
        StringBuilder analyzers = new StringBuilder();
        StringBuilder filters = new StringBuilder();
        StringBuilder search = new StringBuilder();
        analyzers.append("\"verbatim_simple\": {\"type\": \"custom\", \"tokenizer\": \"standard\", \"filter\": [\"lowercase\", \"asciifolding\"]}");
        search.append(fields("simple"));
        STEMMERS.keySet().stream().sorted().forEach(name -> {
            String stop = STOP_WORDS.contains(name) ? "\"verbatim_stop_" + name + "\", " : "";
            analyzers.append(", \"verbatim_").append(name).append("\": {\"type\": \"custom\", \"tokenizer\": \"standard\","
                    + " \"filter\": [\"lowercase\", \"asciifolding\", ").append(stop)
                    .append("\"verbatim_stem_").append(name).append("\"]}");
            if (!filters.isEmpty()) {
                filters.append(", ");
            }
            filters.append("\"verbatim_stem_").append(name).append("\": {\"type\": \"snowball\", \"language\": \"")
                    .append(STEMMERS.get(name)).append("\"}");
            if (!stop.isEmpty()) {
                filters.append(", \"verbatim_stop_").append(name).append("\": {\"type\": \"stop\", \"stopwords\": \"_")
                        .append(name).append("_\"}");
            }
            search.append(", ").append(fields(name));
        });
        return """
                {"settings": {"number_of_shards": 1, "number_of_replicas": 0, "refresh_interval": "1s",
                  "analysis": {"analyzer": {%s}, "filter": {%s}}},
                 "mappings": {"dynamic": "strict", "_meta": {"verbatimMapping": %d}, "properties": {
                   "id": {"type": "keyword"}, "status": {"type": "keyword"}, "kind": {"type": "keyword"},
                   "language": {"type": "keyword"}, "speakerId": {"type": "keyword"},
                   "onBehalfOfId": {"type": "keyword"}, "externalId": {"type": "keyword"},
                   "topicIds": {"type": "keyword"}, "outlets": {"type": "keyword"}, "verdicts": {"type": "keyword"},
                   "reviewed": {"type": "boolean"}, "saidOn": {"type": "date", "format": "strict_date"},
                   "search": {"properties": {%s}}}}}
                """.formatted(analyzers, filters, VERSION, search);
    }

    private static String fields(String analyzer) {
        return ("\"%1$s\": {\"properties\": {\"text\": {\"type\": \"text\", \"analyzer\": \"verbatim_%1$s\"},"
                + " \"speaker\": {\"type\": \"text\", \"analyzer\": \"verbatim_%1$s\"},"
                + " \"context\": {\"type\": \"text\", \"analyzer\": \"verbatim_%1$s\"}}}").formatted(analyzer);
    }
}
