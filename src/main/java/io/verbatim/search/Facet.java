package io.verbatim.search;

/** Dimensions a search can be counted by. */
public enum Facet {
    SPEAKER, TOPIC, OUTLET, YEAR, KIND, VERDICT;

    public String parameterValue() {
        return name().toLowerCase();
    }
}
