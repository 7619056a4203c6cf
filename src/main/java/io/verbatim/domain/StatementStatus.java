package io.verbatim.domain;

/** Editorial status of a statement; only PUBLISHED statements appear in default listings. */
public enum StatementStatus {
    PUBLISHED, PENDING_REVIEW, RETRACTED
}
