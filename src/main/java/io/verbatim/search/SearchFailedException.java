package io.verbatim.search;

/** The database failed to run a search; reported as a 500 or 503, never with the SQL. */
public class SearchFailedException extends RuntimeException {

    public SearchFailedException(Throwable cause) {
        super("A search query failed", cause);
    }
}
