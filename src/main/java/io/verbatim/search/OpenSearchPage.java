package io.verbatim.search;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.verbatim.view.FacetCount;
import io.verbatim.view.JsonText;
import io.verbatim.view.StatementPage;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

/**
 * An OpenSearch answer turned into a page: the hits' statements (with score and highlight when there is a text)
 * and the facets' labels read from PostgreSQL in one statement, the facets ordered and cut as on the PostgreSQL path.
 */
final class OpenSearchPage {

    private static final int FACET_SIZE = 20;
    private static final String ESCAPED_TEXT =
            "replace(replace(replace(s.text, '&', '&amp;'), '<', '&lt;'), '>', '&gt;')";

    private OpenSearchPage() {
    }

    static StatementPage read(Connection connection, ObjectMapper mapper, StatementQuery query, JsonNode answer,
                              Function<StatementSearch.Keyset, String> cursor) throws SQLException {
        JsonNode hits = answer.path("hits").path("hits");
        int served = Math.min(hits.size(), query.limit());
        UUID[] ids = new UUID[served];
        Float[] scores = new Float[served];
        String[] highlights = new String[served];
        for (int i = 0; i < served; i++) {
            JsonNode hit = hits.get(i);
            ids[i] = UUID.fromString(hit.path("_id").asText());
            scores[i] = (float) hit.path("_score").asDouble();
            JsonNode marked = hit.path("highlight").elements().hasNext()
                    ? hit.path("highlight").elements().next().path(0) : null;
            highlights[i] = marked == null || marked.isMissingNode() ? null : OpenSearchStatementSearch.highlight(marked.asText());
        }
        JsonNode aggregations = answer.path("aggregations");
        String[] speakerIds = keys(aggregations.path(Facet.SPEAKER.parameterValue()));
        String[] topicIds = keys(aggregations.path(Facet.TOPIC.parameterValue()));
        String[] outlets = keys(aggregations.path(Facet.OUTLET.parameterValue()));

        String item = query.hasText()
                ? "json_build_object(" + StatementJson.FIELDS + ", 'score', x.score, 'highlight', coalesce(x.highlight, "
                + ESCAPED_TEXT + "))::text"
                : StatementJson.SELECT;
        Sql sql = new Sql().append("WITH labels AS (SELECT"
                        + " (SELECT json_object_agg(id, json_build_array(slug, name)) FROM speaker WHERE id = ANY(?::uuid[]))::text AS speakers,"
                        + " (SELECT json_object_agg(id, json_build_array(slug, name)) FROM topic WHERE id = ANY(?::uuid[]))::text AS topics,"
                        + " (SELECT json_object_agg(k, o) FROM (SELECT verbatim_fold(outlet) AS k, min(outlet) AS o FROM source"
                        + " WHERE verbatim_fold(outlet) = ANY(?) GROUP BY 1) f)::text AS outlets)"
                        + " SELECT CASE WHEN s.id IS NULL THEN NULL ELSE " + item + " END, labels.speakers, labels.topics,"
                        + " labels.outlets FROM labels LEFT JOIN (unnest(?::uuid[], ?::real[], ?::text[]) WITH ORDINALITY"
                        + " x(id, score, highlight, n) JOIN statement s ON s.id = x.id" + StatementJson.JOINS + ") ON TRUE"
                        + " ORDER BY x.n",
                speakerIds, topicIds, outlets, ids, scores, highlights);
        List<JsonText> items = new ArrayList<>();
        Map<String, List<String>> speakerLabels = Map.of();
        Map<String, List<String>> topicLabels = Map.of();
        Map<String, String> outletLabels = Map.of();
        try (PreparedStatement statement = sql.prepare(connection); ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
                if (rows.getString(1) != null) {
                    items.add(new JsonText(rows.getString(1)));
                }
                speakerLabels = readMap(mapper, rows.getString(2));
                topicLabels = readMap(mapper, rows.getString(3));
                outletLabels = readMap(mapper, rows.getString(4));
            }
        }

        Map<String, List<FacetCount>> facets = new LinkedHashMap<>();
        for (Facet facet : Facet.values()) {
            if (!query.facets().contains(facet)) {
                continue;
            }
            JsonNode buckets = aggregations.path(facet.parameterValue()).path("buckets");
            List<FacetCount> counts = new ArrayList<>();
            for (JsonNode bucket : buckets) {
                String key = bucket.path("key").asText();
                long count = bucket.path("doc_count").asLong();
                FacetCount labelled = switch (facet) {
                    case SPEAKER -> labelled(speakerLabels.get(key), count);
                    case TOPIC -> labelled(topicLabels.get(key), count);
                    case OUTLET -> outletLabels.containsKey(key)
                            ? new FacetCount(outletLabels.get(key), outletLabels.get(key), count) : null;
                    case YEAR -> new FacetCount(bucket.path("key_as_string").asText(), bucket.path("key_as_string").asText(), count);
                    case KIND, VERDICT -> new FacetCount(key, key, count);
                };
                if (labelled != null) {
                    counts.add(labelled);
                }
            }
            if (facet == Facet.YEAR) {
                counts.sort(Comparator.comparing(FacetCount::value).reversed());
            } else {
                counts.sort(Comparator.comparingLong(FacetCount::count).reversed().thenComparing(FacetCount::value));
            }
            boolean capped = facet == Facet.SPEAKER || facet == Facet.TOPIC || facet == Facet.OUTLET;
            facets.put(facet.parameterValue(), List.copyOf(capped && counts.size() > FACET_SIZE
                    ? counts.subList(0, FACET_SIZE) : counts));
        }

        String next = null;
        if (hits.size() > query.limit() && served > 0) {
            JsonNode last = hits.get(served - 1);
            LocalDate saidOn = query.sort() == SearchSort.RELEVANCE ? null
                    : LocalDate.ofEpochDay(last.path("sort").path(0).asLong() / 86_400_000L);
            Float score = query.sort() == SearchSort.RELEVANCE ? scores[served - 1] : null;
            next = cursor.apply(new StatementSearch.Keyset(query.sort(), saidOn, score, ids[served - 1]));
        }
        long total = answer.path("hits").path("total").path("value").asLong();
        return new StatementPage(List.copyOf(items), next, total, StatementPage.EXACT, facets);
    }

    private static FacetCount labelled(List<String> slugAndName, long count) {
        return slugAndName == null ? null : new FacetCount(slugAndName.get(0), slugAndName.get(1), count);
    }

    private static String[] keys(JsonNode aggregation) {
        List<String> keys = new ArrayList<>();
        aggregation.path("buckets").forEach(bucket -> keys.add(bucket.path("key").asText()));
        return keys.toArray(String[]::new);
    }

    private static <V> Map<String, V> readMap(ObjectMapper mapper, String json) {
        if (json == null) {
            return new HashMap<>();
        }
        try {
            return mapper.readValue(json, new com.fasterxml.jackson.core.type.TypeReference<Map<String, V>>() {
            });
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("The database built labels the search cannot read", e);
        }
    }
}
