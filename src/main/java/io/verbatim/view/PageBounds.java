package io.verbatim.view;

/**
 * How big a page of any listing can be and how long its cursor: part of the model of a page, so that the HTTP layer
 * ({@code api.Paging}, which checks the parameters) depends on it and not the other way round.
 */
public final class PageBounds {

    public static final int DEFAULT_LIMIT = 20;
    public static final int MAX_LIMIT = 100;
    public static final int MAX_CURSOR_LENGTH = 512;

    private PageBounds() {
    }
}
