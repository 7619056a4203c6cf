package io.verbatim.search;

import java.util.ArrayList;
import java.util.List;

/**
 * A search text in the syntax PostgreSQL's websearch_to_tsquery reads, parsed for OpenSearch: words are all
 * required, "quoted words" are a phrase, {@code or} between two terms makes them alternatives, a leading minus
 * excludes a word or phrase.
 */
record WebSearchText(List<List<Term>> required, List<Term> excluded) {

    record Term(String text, boolean phrase) {
    }

    static WebSearchText parse(String text) {
        List<List<Term>> required = new ArrayList<>();
        List<Term> excluded = new ArrayList<>();
        boolean orNext = false;
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
                continue;
            }
            boolean negated = c == '-' && i + 1 < text.length() && !Character.isWhitespace(text.charAt(i + 1));
            if (negated) {
                i++;
            }
            Term term;
            if (text.charAt(i) == '"') {
                int end = text.indexOf('"', i + 1);
                end = end < 0 ? text.length() : end;
                term = new Term(text.substring(i + 1, end), true);
                i = end + 1;
            } else {
                int end = i;
                while (end < text.length() && !Character.isWhitespace(text.charAt(end)) && text.charAt(end) != '"') {
                    end++;
                }
                term = new Term(text.substring(i, end), false);
                i = end;
            }
            if (term.text().isBlank()) {
                continue;
            }
            if (negated) {
                excluded.add(term);
            } else if (!term.phrase() && term.text().equalsIgnoreCase("or")) {
                orNext = !required.isEmpty();
            } else if (orNext) {
                required.get(required.size() - 1).add(term);
                orNext = false;
            } else {
                required.add(new ArrayList<>(List.of(term)));
            }
        }
        return new WebSearchText(required, excluded);
    }
}
