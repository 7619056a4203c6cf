package io.verbatim.limits;

import java.util.Optional;

/** The classes of route that have their own rate limit; anything outside /api/v1 (such as /q/*) has none. */
public enum RouteClass {
    READS, SEARCH, WRITES, IMPORT;

    private static final String API = "/api/v1/";

    /** The class of a request, or empty when it is not rate limited. */
    public static Optional<RouteClass> of(String method, String path, String q) {
        if (path == null || !path.startsWith(API)) {
            return Optional.empty();
        }
        String route = path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
        String resource = route.substring(API.length() - 1);
        boolean search = q != null && !q.isEmpty();
        return switch (method) {
            case "GET", "HEAD" -> Optional.of(search && (resource.equals("/statements") || resource.equals("/speakers"))
                    ? SEARCH : READS);
            case "POST" -> Optional.of(switch (resource) {
                case "/import", "/import/reviews" -> IMPORT;
                case "/quote-checks" -> SEARCH;
                default -> WRITES;
            });
            case "PUT", "PATCH", "DELETE" -> Optional.of(WRITES);
            default -> Optional.empty();
        };
    }
}
