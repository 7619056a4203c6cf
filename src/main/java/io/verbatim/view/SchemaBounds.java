package io.verbatim.view;

/**
 * Bounds for response fields that only the Java type limits (counters, versions, timestamps), as {@code @Schema}
 * wants them: strings.
 */
public final class SchemaBounds {

    public static final String INT32_MAX = "2147483647";
    public static final String INT64_MAX = "9223372036854775807";
    /** The longest ISO 8601 date java.time reads or writes: {@code +999999999-12-31}. */
    public static final int ISO_DATE = 16;
    /** The longest ISO 8601 instant java.time writes: {@code +1000000000-12-31T23:59:59.999999999Z}. */
    public static final int ISO_INSTANT = 37;
    private SchemaBounds() {
    }
}
