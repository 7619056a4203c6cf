package io.verbatim.domain;

/** A fact-check's rating normalised across publishers and languages (see reviews/verdict-labels.tsv). */
public enum Verdict {
    TRUE, MOSTLY_TRUE, MIXED, MOSTLY_FALSE, FALSE, UNVERIFIABLE, OTHER
}
