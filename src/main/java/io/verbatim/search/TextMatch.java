package io.verbatim.search;

import java.util.List;
import java.util.function.UnaryOperator;

/**
 * A web-search style text query ({@code websearch_to_tsquery}) parsed once per text search configuration present
 * in the data, each statement matched with the configuration of its own language, so that stemming follows the
 * statement's language and every branch can use the GIN index.
 */
final class TextMatch {

    private final List<String> configurations;
    private final String text;

    TextMatch(List<String> configurations, String text) {
        this.configurations = configurations.stream().filter(SearchConfigurations::isOurs).toList();
        this.text = text;
    }

    Sql condition() {
        return perConfiguration("FALSE", "(", " OR ", ")", configuration -> "(s.search_config = '" + configuration
                + "' AND s.search_vector @@ websearch_to_tsquery('" + configuration + "'::regconfig, ?))");
    }

    /**
     * A condition the full-text index answers without re-reading rows, true for every statement the query matches:
     * the query with each phrase's word order dropped (a phrase's words joined by AND), so that its candidates can
     * be counted and capped before each is read to check the order. A phrase under a minus keeps its order (dropping
     * it would exclude more, not less).
     */
    Sql candidates() {
        return perConfiguration("FALSE", "(", " OR ", ")", configuration -> "(s.search_config = '" + configuration
                + "' AND s.search_vector @@ (SELECT CASE WHEN q::text ~ '!\\s*\\(' THEN q"
                + " ELSE regexp_replace(q::text, '<(-|[0-9]+)>', '&', 'g')::tsquery END"
                + " FROM websearch_to_tsquery('" + configuration + "'::regconfig, ?) q))");
    }

    /**
     * The same condition, but checked row by row as a filter, never through the GIN index (a function call, not the
     * operator): for walking an ordered index and stopping at a limit. The query is parsed once per execution.
     */
    Sql filter() {
        return perConfiguration("FALSE", "(", " OR ", ")", configuration -> "(s.search_config = '" + configuration
                + "' AND ts_match_vq(s.search_vector, (SELECT websearch_to_tsquery('" + configuration
                + "'::regconfig, ?))))");
    }

    /**
     * The query's lexemes in every configuration, those excluded with a minus left out (in a tsquery's text each
     * lexeme is quoted, an excluded one preceded by '!'), as a text[]: the keys of the densest statements.
     */
    Sql lexemes() {
        return perConfiguration("ARRAY[]::text[]", "ARRAY(", " UNION ", ")", configuration ->
                "SELECT replace(w[2], '''''', '''') FROM regexp_matches(websearch_to_tsquery('" + configuration
                        + "'::regconfig, ?)::text, '(!?)''((?:[^'']|'''')+)''', 'g') w WHERE w[1] = ''");
    }

    /** The parsed query for the row's own configuration, parsed once per execution. */
    Sql query() {
        return perConfiguration("NULL::tsquery", "CASE s.search_config", "", " END", configuration ->
                " WHEN '" + configuration + "' THEN (SELECT websearch_to_tsquery('" + configuration
                        + "'::regconfig, ?))");
    }

    /**
     * One fragment per configuration in use, each binding the query text once, joined by {@code separator} between
     * {@code open} and {@code close}; {@code none} when no configuration is in use.
     */
    private Sql perConfiguration(String none, String open, String separator, String close,
                                 UnaryOperator<String> fragment) {
        if (configurations.isEmpty()) {
            return new Sql().append(none);
        }
        Sql sql = new Sql().append(open);
        for (int i = 0; i < configurations.size(); i++) {
            sql.append((i == 0 ? "" : separator) + fragment.apply(configurations.get(i)), text);
        }
        return sql.append(close);
    }

    Sql rank() {
        return new Sql().append("ts_rank_cd(s.search_vector, ").append(query()).append(")");
    }

    /** The text, HTML-escaped, with each match wrapped in mark elements. */
    Sql highlight() {
        return new Sql().append("ts_headline(s.search_config::regconfig, "
                        + "replace(replace(replace(s.text, '&', '&amp;'), '<', '&lt;'), '>', '&gt;'), ")
                .append(query())
                .append(", 'StartSel=<mark>, StopSel=</mark>, HighlightAll=true')");
    }
}
