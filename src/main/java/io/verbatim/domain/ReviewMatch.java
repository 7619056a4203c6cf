package io.verbatim.domain;

/**
 * How a review came to be linked to its statement: the quote check found the claim word for word (EXACT), as a cut
 * of it (EXCERPT) or with a few words changed (NEAR), all by the claimed speaker; or an editor linked it (MANUAL).
 */
public enum ReviewMatch {
    EXACT, EXCERPT, NEAR, MANUAL
}
