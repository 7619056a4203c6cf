package io.verbatim.search;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.logging.Log;
import io.verbatim.config.VerbatimConfig;
import jakarta.enterprise.context.ApplicationScoped;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The point in time (PIT) every relevance search of this instance reads its first page through, so that its cursor
 * can name the same frozen view for the next pages (BM25 scores move as statements are added). One PIT per
 * rotation period is shared by all searches, instead of one per search: the node's limit on open PITs
 * ({@code search.max_open_pit_context}, 300 by default) then bounds the instances, not the request rate. A new one
 * is opened, by one caller while the others wait for it, when the current one is older than the rotation period or
 * when this instance has made newer documents searchable since (read-after-write). Rotated PITs are not closed:
 * cursors may still read them, and the keep-alive ends them.
 */
@ApplicationScoped
public class SharedPointInTime {

    /** A PIT id, or null when the node refused to open one (the live index is read until the next rotation). */
    private record Opened(String id, long openedNanos, long generation) {
    }

    private final OpenSearchClient client;
    private final ObjectMapper mapper;
    private final VerbatimConfig config;
    private final ReentrantLock opening = new ReentrantLock();
    private final AtomicLong generation = new AtomicLong();
    private volatile Opened current;

    public SharedPointInTime(OpenSearchClient client, ObjectMapper mapper, VerbatimConfig config) {
        this.client = client;
        this.mapper = mapper;
        this.config = config;
    }

    /** The keep-alive sent with every read through a PIT, in OpenSearch's time unit syntax. */
    String keepAlive() {
        return config.search().pointInTimeKeepAlive().toMillis() + "ms";
    }

    /**
     * The PIT to read a first relevance page through, null to read the live index (the node refused to open one:
     * too many open, overloaded).
     */
    String current() throws IOException, InterruptedException {
        Opened now = current;
        if (fresh(now)) {
            return now.id();
        }
        opening.lock();
        try {
            now = current;
            if (fresh(now)) {
                return now.id();
            }
            try {
                current = open();
            } catch (IOException e) {
                // Unreachable or timing out: the callers queued behind this one read the live index (and fail or
                // not on their own) instead of each waiting out the same timeout in turn
                current = new Opened(null, System.nanoTime(), generation.get());
                throw e;
            }
            return current.id();
        } finally {
            opening.unlock();
        }
    }

    /** Newer documents are searchable than the current PIT shows (this instance refreshed or swapped the index). */
    void refreshed() {
        generation.incrementAndGet();
    }

    /** The PIT answered 404 (expired, or its index was deleted by a reindex): the next search opens another. */
    void expired(String id) {
        Opened now = current;
        if (now != null && id.equals(now.id())) {
            current = null;
        }
    }

    private boolean fresh(Opened opened) {
        return opened != null && opened.generation() == generation.get()
                && System.nanoTime() - opened.openedNanos() < config.search().pointInTimeRotation().toNanos();
    }

    private Opened open() throws IOException, InterruptedException {
        long seen = generation.get();
        long started = System.nanoTime();
        HttpResponse<String> response = client.send("POST", "/" + config.search().index()
                + "/_search/point_in_time?keep_alive=" + keepAlive(), null);
        if (response.statusCode() / 100 != 2) {
            // Typically 429 "too many Point In Time contexts": serve from the live index rather than fail
            Log.warnf("No point in time for relevance searches until the next rotation: %s",
                    OpenSearchClient.failure("open point in time", response).getMessage());
            return new Opened(null, started, seen);
        }
        return new Opened(mapper.readTree(response.body()).path("pit_id").asText(), started, seen);
    }
}
