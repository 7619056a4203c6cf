package io.verbatim.domain;

/** How much of {@code saidOn} is known: the day, only the month, or only the year. */
public enum DatePrecision {
    DAY, MONTH, YEAR
}
