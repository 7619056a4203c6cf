package io.verbatim.curation;

import io.verbatim.problem.ProblemException;
import io.verbatim.problem.ProblemType;

import java.util.UUID;

/**
 * Strong entity tags {@code "<id>-<version>"}: the version changes with every write, so a tag names one state of one
 * resource. {@code If-Match} is compared strongly (a weak {@code W/} tag never matches), as RFC 9110 asks.
 */
public final class ETags {

    private ETags() {
    }

    public static String of(UUID id, int version) {
        return "\"" + id + "-" + version + "\"";
    }

    /** Whether a list of tags ({@code If-None-Match} or {@code If-Match}) names {@code current}, or is {@code *}. */
    public static boolean listed(String header, String current) {
        if (header == null) {
            return false;
        }
        for (String tag : header.split(",")) {
            String trimmed = tag.strip();
            if (trimmed.equals("*") || trimmed.equals(current)) {
                return true;
            }
        }
        return false;
    }

    /** 428 without {@code If-Match}; 412 when it does not name the current state. */
    public static void requireMatch(String ifMatch, String current, String what) {
        if (ifMatch == null || ifMatch.isBlank()) {
            throw ProblemException.of(ProblemType.PRECONDITION_REQUIRED,
                    "Send If-Match with the ETag of the " + what + " you edited (from its GET).");
        }
        checkMatch(ifMatch, current, what);
    }

    /** 412 when an {@code If-Match} is given and does not name the current state; nothing without one. */
    public static void checkMatch(String ifMatch, String current, String what) {
        if (ifMatch != null && !ifMatch.isBlank() && !listed(ifMatch, current)) {
            throw ProblemException.of(ProblemType.PRECONDITION_FAILED, "If-Match " + ifMatch.strip()
                    + " is not the current ETag " + current + ": the " + what + " changed since it was read.");
        }
    }
}
