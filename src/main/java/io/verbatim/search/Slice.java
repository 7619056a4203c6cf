package io.verbatim.search;

import java.util.List;
import java.util.function.Function;

/**
 * A page cut from {@code limit + 1} rows fetched by keyset: the extra row only tells that there is a next page, whose
 * cursor is made from the last row kept.
 */
record Slice<T>(List<T> items, T lastBeforeMore) {

    static <T> Slice<T> of(List<T> rows, int limit) {
        boolean more = rows.size() > limit;
        List<T> items = more ? rows.subList(0, limit) : rows;
        return new Slice<>(items, more ? items.get(items.size() - 1) : null);
    }

    String nextCursor(Function<T, String> cursorOf) {
        return lastBeforeMore == null ? null : cursorOf.apply(lastBeforeMore);
    }
}
