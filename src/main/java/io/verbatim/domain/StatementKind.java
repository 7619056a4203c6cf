package io.verbatim.domain;

/** How faithfully the text renders what was said. */
public enum StatementKind {
    /** Word for word, as quoted. */
    DIRECT,
    /** Reported in other words ("according to ..."). */
    PARAPHRASE,
    /** Issued in writing: a press release, a letter, a post. */
    WRITTEN
}
