package io.verbatim.search;

import io.verbatim.config.VerbatimConfig;
import jakarta.enterprise.context.ApplicationScoped;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Optional;

/**
 * The few OpenSearch REST calls the service makes, over java.net.http (no client jar: its transport brings Apache
 * HttpClient 5 and its own Jackson expectations into the service; docs/scaling.md). Sends basic credentials when
 * VERBATIM_SEARCH_USERNAME is set; an https URL is verified against the JVM's default trust store.
 */
@ApplicationScoped
public class OpenSearchClient {

    private final VerbatimConfig config;
    private final Optional<String> authorization;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    public OpenSearchClient(VerbatimConfig config) {
        this.config = config;
        this.authorization = config.search().username().map(user -> "Basic " + Base64.getEncoder().encodeToString(
                (user + ":" + config.search().password().orElse("")).getBytes(StandardCharsets.UTF_8)));
    }

    /**
     * The answer whatever its status; {@code body} null sends none. A node that cannot be reached or does not
     * answer in time is an {@link OpenSearchUnavailableException}.
     */
    public HttpResponse<String> send(String method, String path, String body) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(config.search().url().orElseThrow() + path))
                .timeout(Duration.ofSeconds(30));
        authorization.ifPresent(value -> request.header("Authorization", value));
        if (body == null) {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            request.method(method, HttpRequest.BodyPublishers.ofString(body))
                    .header("Content-Type", path.endsWith("/_bulk") ? "application/x-ndjson" : "application/json");
        }
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new OpenSearchUnavailableException(method + " " + path + ": " + e, e);
        }
    }

    /** The body of a 2xx answer, else an IOException naming the call ({@link #failure}). */
    public String expectOk(String method, String path, String body) throws IOException, InterruptedException {
        HttpResponse<String> response = send(method, path, body);
        if (response.statusCode() / 100 != 2) {
            throw failure(method + " " + path, response);
        }
        return response.body();
    }

    /**
     * A non-2xx answer as an exception: 429 (overloaded: rejected execution, circuit breaker) and 5xx mean the
     * cluster cannot serve now ({@link OpenSearchUnavailableException}); anything else is a request it refuses.
     */
    static IOException failure(String call, HttpResponse<String> response) {
        String body = response.body() == null ? "" : response.body();
        String message = call + ": " + response.statusCode() + " " + (body.length() > 300 ? body.substring(0, 300) + "…" : body);
        return unavailable(response.statusCode()) ? new OpenSearchUnavailableException(message, null)
                : new IOException(message);
    }

    static boolean unavailable(int status) {
        return status == 429 || status >= 500;
    }

    /** OpenSearch cannot be reached, timed out, or answered 429 or 5xx. */
    public static class OpenSearchUnavailableException extends IOException {

        OpenSearchUnavailableException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
