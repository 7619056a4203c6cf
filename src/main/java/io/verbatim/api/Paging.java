package io.verbatim.api;

import io.verbatim.problem.ProblemException;

/** The {@code limit} and {@code cursor} parameters shared by every listing, checked at the edge. */
public final class Paging {

    public static final int DEFAULT_LIMIT = 20;
    public static final int MAX_LIMIT = 100;
    public static final int MAX_CURSOR_LENGTH = 512;

    private Paging() {
    }

    public static int limit(String raw) {
        if (raw == null || raw.isBlank()) {
            return DEFAULT_LIMIT;
        }
        try {
            int limit = Integer.parseInt(raw.trim());
            if (limit >= 1 && limit <= MAX_LIMIT) {
                return limit;
            }
        } catch (NumberFormatException notANumber) {
            // reported below with the range
        }
        throw ProblemException.invalidQuery("limit", "must be an integer from 1 to " + MAX_LIMIT);
    }

    /** The cursor, or null for the first page. */
    public static String cursor(String raw) {
        if (raw == null || raw.isEmpty()) {
            return null;
        }
        if (raw.length() > MAX_CURSOR_LENGTH) {
            throw ProblemException.invalidQuery("cursor", "is longer than any cursor this API issues");
        }
        return raw;
    }
}
