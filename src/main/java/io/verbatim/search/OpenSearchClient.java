package io.verbatim.search;

import io.verbatim.config.VerbatimConfig;
import jakarta.enterprise.context.ApplicationScoped;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * The few OpenSearch REST calls the service makes, over java.net.http (no client jar: its transport brings Apache
 * HttpClient 5 and its own Jackson expectations into the service; docs/scaling.md).
 */
@ApplicationScoped
public class OpenSearchClient {

    private final VerbatimConfig config;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    public OpenSearchClient(VerbatimConfig config) {
        this.config = config;
    }

    /** The answer whatever its status; {@code body} null sends none. */
    public HttpResponse<String> send(String method, String path, String body) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(config.search().url().orElseThrow() + path))
                .timeout(Duration.ofSeconds(30));
        if (body == null) {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            request.method(method, HttpRequest.BodyPublishers.ofString(body))
                    .header("Content-Type", path.endsWith("/_bulk") ? "application/x-ndjson" : "application/json");
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** The body of a 2xx answer, else an IOException naming the call. */
    public String expectOk(String method, String path, String body) throws IOException, InterruptedException {
        HttpResponse<String> response = send(method, path, body);
        if (response.statusCode() / 100 != 2) {
            throw new IOException(method + " " + path + ": " + response.statusCode() + " " + response.body());
        }
        return response.body();
    }
}
