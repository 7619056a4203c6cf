package io.verbatim.api;

import io.verbatim.problem.ProblemException;
import io.verbatim.view.PageBounds;

/** The {@code limit} and {@code cursor} parameters shared by every listing, checked at the edge. */
public final class Paging {

    public static final int DEFAULT_LIMIT = PageBounds.DEFAULT_LIMIT;
    public static final int MAX_LIMIT = PageBounds.MAX_LIMIT;
    public static final int MAX_CURSOR_LENGTH = PageBounds.MAX_CURSOR_LENGTH;

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
