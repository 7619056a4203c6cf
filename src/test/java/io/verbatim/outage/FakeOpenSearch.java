package io.verbatim.outage;

import com.sun.net.httpserver.HttpServer;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Stands in for an overloaded OpenSearch node, only where a real one cannot be made to misbehave on demand: it
 * records each request's method, path and Authorization header, and answers every one 429 as a node whose search
 * queue is full does. {@link #stop()} and {@link #restart()} close and reopen its port, for the unreachable case.
 */
public class FakeOpenSearch implements QuarkusTestResourceLifecycleManager {

    /** A request as the node saw it. */
    public record Seen(String method, String path, String authorization) {
    }

    static final List<Seen> SEEN = new CopyOnWriteArrayList<>();
    private static final String REJECTED = "{\"error\":{\"type\":\"rejected_execution_exception\","
            + "\"reason\":\"search queue full\"},\"status\":429}";
    private static volatile HttpServer server;
    private static volatile int port;

    @Override
    public Map<String, String> start() {
        port = 0;
        restart();
        return Map.of("verbatim.search.url", "http://127.0.0.1:" + port);
    }

    @Override
    public void stop() {
        stopServing();
    }

    /** Closes the port: connections are refused until {@link #restart()}. */
    static void stopServing() {
        if (server != null) {
            server.stop(0);
            server = null;
        }
    }

    /** Serves again on the same port. */
    static void restart() {
        try {
            HttpServer started = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 0);
            started.createContext("/", exchange -> {
                SEEN.add(new Seen(exchange.getRequestMethod(), exchange.getRequestURI().getPath(),
                        exchange.getRequestHeaders().getFirst("Authorization")));
                byte[] body = REJECTED.getBytes(StandardCharsets.UTF_8);
                exchange.getResponseHeaders().add("Content-Type", "application/json");
                exchange.sendResponseHeaders(429, body.length);
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(body);
                }
            });
            started.start();
            port = started.getAddress().getPort();
            server = started;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
