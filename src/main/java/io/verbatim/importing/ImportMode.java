package io.verbatim.importing;

/** What to do with the valid lines when some lines are invalid. */
public enum ImportMode {
    /** Commit every valid line and report the others. */
    BEST_EFFORT,
    /** Commit nothing unless every line is valid. */
    ALL_OR_NOTHING
}
