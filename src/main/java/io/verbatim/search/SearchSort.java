package io.verbatim.search;

/** Orders of a statement search; relevance needs a text query. */
public enum SearchSort {
    RELEVANCE, NEWEST, OLDEST;

    public String parameterValue() {
        return name().toLowerCase();
    }
}
