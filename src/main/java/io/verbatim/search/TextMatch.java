package io.verbatim.search;

import java.util.List;

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
        if (configurations.isEmpty()) {
            return new Sql().append("FALSE");
        }
        Sql condition = new Sql().append("(");
        for (int i = 0; i < configurations.size(); i++) {
            String configuration = configurations.get(i);
            condition.append(i == 0 ? "" : " OR ")
                    .append("(s.search_config = '" + configuration + "' AND s.search_vector @@ websearch_to_tsquery('"
                            + configuration + "'::regconfig, ?))", text);
        }
        return condition.append(")");
    }

    /** The parsed query for the row's own configuration. */
    Sql query() {
        if (configurations.isEmpty()) {
            return new Sql().append("NULL::tsquery");
        }
        Sql query = new Sql().append("CASE s.search_config");
        for (String configuration : configurations) {
            query.append(" WHEN '" + configuration + "' THEN websearch_to_tsquery('" + configuration + "'::regconfig, ?)",
                    text);
        }
        return query.append(" END");
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
