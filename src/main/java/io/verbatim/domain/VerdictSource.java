package io.verbatim.domain;

/** Where a review's verdict came from: its label, its numeric rating, an editor, or nothing known (OTHER). */
public enum VerdictSource {
    LABEL, RATING, EDITOR, UNMAPPED
}
