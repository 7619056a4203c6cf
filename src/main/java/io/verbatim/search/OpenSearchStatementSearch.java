package io.verbatim.search;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.verbatim.config.VerbatimConfig;
import io.verbatim.view.StatementPage;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Typed;

import javax.sql.DataSource;
import io.verbatim.domain.Ids;
import io.verbatim.problem.DependencyUnavailableException;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * Statement search answered by OpenSearch (VERBATIM_SEARCH_URL; docs/opensearch.md): BM25 over each statement's
 * words analysed in its own language, filters, exact totals, facets as aggregations and search_after paging. The
 * page's statements are then read from PostgreSQL, the system of record, in one round trip with the facets' labels,
 * so that items are the same JSON as on the PostgreSQL path.
 */
@ApplicationScoped
@Typed(OpenSearchStatementSearch.class)
public class OpenSearchStatementSearch implements StatementSearchEngine {

    private final DataSource dataSource;
    private final ObjectMapper mapper;
    private final VerbatimConfig config;
    private final OpenSearchClient client;
    private final SearchIndexer indexer;
    private final SharedPointInTime pointInTime;

    public OpenSearchStatementSearch(DataSource dataSource, ObjectMapper mapper, VerbatimConfig config,
                                     OpenSearchClient client, SearchIndexer indexer, SharedPointInTime pointInTime) {
        this.dataSource = dataSource;
        this.mapper = mapper;
        this.config = config;
        this.client = client;
        this.indexer = indexer;
        this.pointInTime = pointInTime;
    }

    @Override
    public StatementPage search(StatementQuery query) {
        String fingerprint = StatementSearch.fingerprint(query);
        Position after = query.cursor() == null ? null : Position.decode(query.cursor(), query.sort(), fingerprint);
        try (Connection connection = dataSource.getConnection()) {
            ResolvedNames names = ResolvedNames.of(connection, query);
            if (names.matchesNothing()) {
                return StatementSearch.emptyPage(query);
            }
            String outlet = query.outlet() == null ? null : fold(connection, query.outlet());
            if (config.search().readAfterWrite()) {
                indexer.catchUp();
            }
            // A relevance search reads the shared point in time, its next pages the one their cursor names
            String pit = after != null ? after.pit()
                    : query.sort() == SearchSort.RELEVANCE ? pointInTime.current() : null;
            HttpResponse<String> response = send(query, names, outlet, after, pit);
            if (pit != null && response.statusCode() == 404) {
                // The point in time expired (an idle reader): go on against the live index, scores as they are now
                pointInTime.expired(pit);
                pit = null;
                response = send(query, names, outlet, after, null);
            }
            if (response.statusCode() / 100 != 2) {
                throw OpenSearchClient.failure("search", response);
            }
            String readFrom = pit;
            return OpenSearchPage.read(connection, mapper, query, mapper.readTree(response.body()),
                    keyset -> next(keyset, fingerprint, readFrom));
        } catch (OpenSearchClient.OpenSearchUnavailableException e) {
            throw new DependencyUnavailableException("The search engine", e);
        } catch (SQLException | IOException e) {
            throw new SearchFailedException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SearchFailedException(e);
        }
    }

    private HttpResponse<String> send(StatementQuery query, ResolvedNames names, String outlet, Position after,
                                      String pit) throws IOException, InterruptedException {
        String body = new OpenSearchQuery(mapper, query, names, outlet, after == null ? null : after.keyset(), pit,
                pointInTime.keepAlive()).toJson();
        return client.send("POST", pit == null ? "/" + config.search().index() + "/_search" : "/_search", body);
    }

    /**
     * The cursor after {@code keyset}. A relevance cursor names the point in time its page was read from: BM25 scores
     * move when statements are added (collection statistics), so the next pages are read from the index as the first
     * page saw it, which keeps search_after on the score from skipping or repeating. Empty when the page was read
     * from the live index (no point in time could be had).
     */
    private static String next(StatementSearch.Keyset keyset, String fingerprint, String pit) {
        if (keyset.sort() != SearchSort.RELEVANCE) {
            return keyset.encode(fingerprint);
        }
        return Cursors.encode(keyset.sort().parameterValue(), fingerprint, Float.toString(keyset.score()),
                keyset.id().toString(), pit == null ? "" : pit);
    }

    /** Where the previous page ended, and for relevance the point in time it was read from. */
    record Position(StatementSearch.Keyset keyset, String pit) {

        static Position decode(String cursor, SearchSort sort, String fingerprint) {
            if (sort != SearchSort.RELEVANCE) {
                return new Position(StatementSearch.Keyset.decode(cursor, sort, fingerprint), null);
            }
            List<String> keys = Cursors.decode(cursor, sort.parameterValue(), 4);
            if (!keys.get(0).equals(fingerprint)) {
                throw Cursors.invalid();
            }
            UUID id = Ids.parse(keys.get(2)).orElseThrow(Cursors::invalid);
            try {
                return new Position(new StatementSearch.Keyset(sort, null, Float.parseFloat(keys.get(1)), id),
                        keys.get(3).isBlank() ? null : keys.get(3));
            } catch (NumberFormatException e) {
                throw Cursors.invalid();
            }
        }
    }

    /** The outlet as the documents hold it (verbatim_fold: lower case, accents removed). */
    private static String fold(Connection connection, String outlet) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("SELECT verbatim_fold(?)")) {
            statement.setString(1, outlet);
            try (ResultSet row = statement.executeQuery()) {
                row.next();
                return row.getString(1);
            }
        }
    }

    /** The _search request body of one statement query. */
    static final class OpenSearchQuery {

        static final int FACET_CANDIDATES = 100;
        static final char MARK_START = '\u0001';
        static final char MARK_END = '\u0002';

        private final ObjectMapper mapper;
        private final StatementQuery query;
        private final ResolvedNames names;
        private final String outlet;
        private final StatementSearch.Keyset after;
        private final String pit;
        private final String keepAlive;

        OpenSearchQuery(ObjectMapper mapper, StatementQuery query, ResolvedNames names, String outlet,
                        StatementSearch.Keyset after, String pit, String keepAlive) {
            this.mapper = mapper;
            this.pit = pit;
            this.keepAlive = keepAlive;
            this.query = query;
            this.names = names;
            this.outlet = outlet;
            this.after = after;
        }

        String toJson() {
            ObjectNode body = mapper.createObjectNode();
            body.put("size", query.limit() + 1);
            body.put("track_total_hits", true);
            body.put("_source", false);
            if (pit != null) {
                body.putObject("pit").put("id", pit).put("keep_alive", keepAlive);
            }
            ObjectNode bool = body.putObject("query").putObject("bool");
            filters(bool.putArray("filter"));
            if (query.hasText()) {
                text(bool);
                ObjectNode highlight = body.putObject("highlight");
                highlight.put("number_of_fragments", 0);
                highlight.putArray("pre_tags").add(String.valueOf(MARK_START));
                highlight.putArray("post_tags").add(String.valueOf(MARK_END));
                highlight.putObject("fields").putObject(SearchIndexMapping.HIGHLIGHTED_FIELD);
            }
            sort(body.putArray("sort"));
            if (after != null) {
                ArrayNode values = body.putArray("search_after");
                switch (query.sort()) {
                    case RELEVANCE -> values.add(after.score());
                    default -> values.add(after.saidOn().toEpochDay() * 86_400_000L);
                }
                values.add(after.id().toString());
            }
            if (!query.facets().isEmpty()) {
                aggregations(body.putObject("aggs"));
            }
            return body.toString();
        }

        private void filters(ArrayNode filter) {
            terms(filter, "status", query.statuses().stream().map(Enum::name).toList());
            if (names.speakers() != null) {
                terms(filter, "speakerId", ids(names.speakers()));
            }
            if (names.onBehalfOf() != null) {
                terms(filter, "onBehalfOfId", ids(names.onBehalfOf()));
            }
            if (names.attributedTo() != null) {
                ObjectNode either = filter.addObject().putObject("bool");
                either.put("minimum_should_match", 1);
                ArrayNode should = either.putArray("should");
                terms(should, "speakerId", ids(names.attributedTo()));
                terms(should, "onBehalfOfId", ids(names.attributedTo()));
            }
            if (names.topics() != null) {
                terms(filter, "topicIds", ids(names.topics()));
            }
            if (outlet != null) {
                terms(filter, "outlets", List.of(outlet));
            }
            if (query.kind() != null) {
                terms(filter, "kind", List.of(query.kind().name()));
            }
            if (query.language() != null) {
                terms(filter, "language", List.of(query.language().toLowerCase(Locale.ROOT)));
            }
            if (query.externalId() != null) {
                terms(filter, "externalId", List.of(query.externalId()));
            }
            if (query.from() != null || query.to() != null) {
                ObjectNode range = filter.addObject().putObject("range").putObject("saidOn");
                if (query.from() != null) {
                    range.put("gte", query.from().toString());
                }
                if (query.to() != null) {
                    range.put("lte", query.to().toString());
                }
            }
            if (!query.verdicts().isEmpty()) {
                terms(filter, "verdicts", query.verdicts().stream().map(Enum::name).toList());
            }
            if (query.reviewed() != null) {
                filter.addObject().putObject("term").put("reviewed", query.reviewed());
            }
        }

        /** Every group of alternatives required, each excluded term absent; a term matches in any weighted field. */
        private void text(ObjectNode bool) {
            WebSearchText parsed = WebSearchText.parse(query.text());
            ArrayNode must = bool.putArray("must");
            for (List<WebSearchText.Term> alternatives : parsed.required()) {
                ObjectNode either = must.addObject().putObject("bool");
                either.put("minimum_should_match", 1);
                ArrayNode should = either.putArray("should");
                alternatives.forEach(term -> should.add(match(term)));
            }
            if (parsed.required().isEmpty()) {
                // Only exclusions (or nothing PostgreSQL would parse either): websearch_to_tsquery matches nothing
                must.addObject().putObject("match_none");
            }
            ArrayNode mustNot = bool.putArray("must_not");
            parsed.excluded().forEach(term -> mustNot.add(match(term)));
        }

        private ObjectNode match(WebSearchText.Term term) {
            ObjectNode match = mapper.createObjectNode();
            ObjectNode multi = match.putObject("multi_match");
            multi.put("query", term.text());
            ArrayNode fields = multi.putArray("fields");
            SearchIndexMapping.WEIGHTED_FIELDS.forEach(fields::add);
            multi.put("type", term.phrase() ? "phrase" : "best_fields");
            multi.put("operator", "and");
            // A stop word alone narrows nothing, as PostgreSQL drops it from the query
            multi.put("zero_terms_query", "all");
            return match;
        }

        private void sort(ArrayNode sort) {
            String direction = query.sort() == SearchSort.OLDEST ? "asc" : "desc";
            if (query.sort() == SearchSort.RELEVANCE) {
                sort.addObject().putObject("_score").put("order", "desc");
            } else {
                sort.addObject().putObject("saidOn").put("order", direction);
            }
            sort.addObject().putObject("id").put("order", direction);
        }

        private void aggregations(ObjectNode aggs) {
            for (Facet facet : query.facets()) {
                ObjectNode aggregation = aggs.putObject(facet.parameterValue());
                if (facet == Facet.YEAR) {
                    ObjectNode histogram = aggregation.putObject("date_histogram");
                    histogram.put("field", "saidOn");
                    histogram.put("calendar_interval", "year");
                    histogram.put("format", "yyyy");
                    histogram.put("min_doc_count", 1);
                    continue;
                }
                ObjectNode terms = aggregation.putObject("terms");
                terms.put("field", switch (facet) {
                    case SPEAKER -> "speakerId";
                    case TOPIC -> "topicIds";
                    case OUTLET -> "outlets";
                    case KIND -> "kind";
                    case VERDICT -> "verdicts";
                    case YEAR -> throw new IllegalStateException("a histogram");
                });
                terms.put("size", FACET_CANDIDATES);
            }
        }

        private void terms(ArrayNode into, String field, List<String> values) {
            ArrayNode array = into.addObject().putObject("terms").putArray(field);
            values.forEach(array::add);
        }

        private static List<String> ids(UUID[] ids) {
            return Arrays.stream(ids).map(UUID::toString).toList();
        }
    }

    /** The highlighted text of a hit as the PostgreSQL path writes it: HTML-escaped, matches in mark elements. */
    static String highlight(String marked) {
        return marked.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
                .replace(String.valueOf(OpenSearchQuery.MARK_START), "<mark>")
                .replace(String.valueOf(OpenSearchQuery.MARK_END), "</mark>");
    }
}
