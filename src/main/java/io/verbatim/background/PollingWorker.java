package io.verbatim.background;

import io.quarkus.logging.Log;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * A queue kept in PostgreSQL, worked off by one daemon thread at a fixed delay: the search indexer's change record
 * and the export arrays' rewrite queue. A failing pass is logged once, not at every poll while it keeps failing, and
 * once more when a pass succeeds again. While suspended, passes are skipped and the queue keeps growing.
 */
public final class PollingWorker {

    /** One pass over the queue. */
    @FunctionalInterface
    public interface Pass {
        void run() throws Exception;
    }

    private final String name;
    private final String activity;
    private final Duration poll;
    private final Pass pass;
    private ScheduledExecutorService executor;
    private volatile boolean suspended;
    private boolean failing;

    /**
     * @param name     the thread's name
     * @param activity what the log lines call the work, e.g. "Search indexing"
     */
    public PollingWorker(String name, String activity, Duration poll, Pass pass) {
        this.name = name;
        this.activity = activity;
        this.poll = poll;
        this.pass = pass;
    }

    public void start(Duration initialDelay) {
        executor = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, name);
            thread.setDaemon(true);
            return thread;
        });
        executor.scheduleWithFixedDelay(this::tick, initialDelay.toMillis(), poll.toMillis(), TimeUnit.MILLISECONDS);
    }

    public void stop() {
        if (executor != null) {
            executor.shutdownNow();
        }
    }

    /** Skips the coming passes; waits for the pass under way, if any, to end. */
    public synchronized void suspend() {
        suspended = true;
    }

    public void resume() {
        suspended = false;
    }

    private synchronized void tick() {
        if (suspended) {
            return;
        }
        try {
            pass.run();
            if (failing) {
                failing = false;
                Log.infof("%s resumed", activity);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (Exception e) {
            if (!failing) {
                failing = true;
                Log.warnf("%s paused, retrying every %s: %s", activity, poll, e.toString());
            }
        }
    }
}
