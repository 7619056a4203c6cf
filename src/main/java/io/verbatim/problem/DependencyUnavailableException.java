package io.verbatim.problem;

/**
 * A service this one depends on (the search engine) is unreachable, timed out or overloaded: answered as a 503 with
 * Retry-After, like a database outage; the cause is logged in one line, never shown.
 */
public class DependencyUnavailableException extends RuntimeException {

    private final String dependency;

    public DependencyUnavailableException(String dependency, Throwable cause) {
        super(cause.getMessage(), cause);
        this.dependency = dependency;
    }

    /** What is unavailable, in words for the problem's detail ("The search engine"). */
    public String dependency() {
        return dependency;
    }
}
