package io.verbatim.config;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.smallrye.config.WithName;

import java.util.Optional;

/** Application settings; each can be overridden by an environment variable (VERBATIM_...). */
@ConfigMapping(prefix = "verbatim")
public interface VerbatimConfig {

    /**
     * Load the sample statements into an empty database at start. When unset: true on the embedded database,
     * false on an external one.
     */
    Optional<Boolean> sampleData();

    /** Set by the launcher when it started the embedded PostgreSQL; not meant to be set by hand. */
    @WithDefault("false")
    boolean embeddedDatabase();

    /**
     * An admin API key to make sure exists at start (VERBATIM_ADMIN_API_KEY), for bootstrapping and automation; at
     * least 22 characters.
     */
    Optional<String> adminApiKey();

    /** The most lines one import request may carry (VERBATIM_IMPORT_MAX_LINES); the rest is refused, not read. */
    @WithName("import-max-lines")
    @WithDefault("100000")
    int importMaxLines();

    /**
     * The most lines one asynchronous import ({@code Prefer: respond-async}) may carry
     * (VERBATIM_IMPORT_MAX_LINES_ASYNC); its body is spooled to disk first, so it does not hold the request.
     */
    @WithName("import-max-lines-async")
    @WithDefault("10000000")
    long importMaxLinesAsync();

    /**
     * Where asynchronous import bodies are spooled until their job has run (VERBATIM_IMPORT_SPOOL_DIR); the system's
     * temporary directory when unset.
     */
    Optional<String> importSpoolDir();

    /**
     * The largest request body accepted anywhere but {@code POST /import} (VERBATIM_MAX_BODY_SIZE), checked against
     * Content-Length; imports are capped by {@code quarkus.http.limits.max-body-size} instead.
     */
    @WithDefault("1M")
    MemorySize maxBodySize();

    /** Bounds on the work of one statement search (VERBATIM_SEARCH_...). */
    Search search();

    /** Token-bucket rate limits per client and route class (VERBATIM_RATE_LIMIT_...). */
    RateLimit rateLimit();

    /** Fact-checks (VERBATIM_REVIEWS_...). */
    Reviews reviews();

    /** The export's stored topic and source arrays (VERBATIM_EXPORT_...). */
    Export export();

    default boolean loadSampleData() {
        return sampleData().orElse(embeddedDatabase());
    }

    /**
     * How much one statement search may look at, whatever the number of matches: counts stop above the window (the
     * answer's {@code totalRelation} is then "gte"), and a common word is ranked within its newest matches plus its
     * densest ones.
     */
    interface Search {

        /**
         * The most matches a search counts, ranks by relevance and facets (VERBATIM_SEARCH_WINDOW); above it, the
         * total is a lower bound.
         */
        @WithDefault("200")
        int window();

        /**
         * The most statements a search walks newest first (in its filters' index order) to find a common word's
         * newest window of matches (VERBATIM_SEARCH_SCAN_BUDGET); a word too rare to fill the window within it is
         * searched through the full-text index instead.
         */
        @WithDefault("20000")
        int scanBudget();

        /** How many of each query word's densest statements join the newest window for ranking. */
        @WithDefault("100")
        int densestPerWord();

        /**
         * The most matches a search takes from the full-text index (VERBATIM_SEARCH_MATCH_LIMIT), for words too rare
         * to walk for but common enough to have many matches; past it the total is a lower bound and relevance ranks
         * those matches plus each word's densest statements.
         */
        @WithDefault("1000")
        int matchLimit();

        /**
         * The most candidates a phrase query re-reads from the table (VERBATIM_SEARCH_PHRASE_CANDIDATE_LIMIT): the
         * full-text index knows which statements hold every word of a phrase but not where, so each is read to check
         * the words' order. Up to this many candidates the phrase's matches are exact; past it the total is a lower
         * bound and the matches found among those candidates are ranked.
         */
        @WithDefault("50000")
        int phraseCandidateLimit();

        /**
         * An OpenSearch 2.x endpoint (VERBATIM_SEARCH_URL) to answer statement searches; when unset, PostgreSQL
         * does. It turns on the change record, the indexer that sends it there and the OpenSearch search engine
         * (docs/opensearch.md).
         */
        Optional<String> url();

        /** The alias the statements are indexed and searched under in OpenSearch (VERBATIM_SEARCH_INDEX). */
        @WithDefault("verbatim-statements")
        String index();

        /** The most statements one indexing request sends to OpenSearch (VERBATIM_SEARCH_BATCH_SIZE). */
        @WithDefault("1000")
        int batchSize();

        /** How often the indexer looks for recorded changes (VERBATIM_SEARCH_POLL). */
        @WithDefault("200ms")
        java.time.Duration poll();

        /**
         * With OpenSearch: every search first sends the pending changes and refreshes the index
         * (VERBATIM_SEARCH_READ_AFTER_WRITE), so that a search sees every write committed before it. Costs a round
         * trip or two per search and a refresh per write burst: for tests and small single-instance setups, not for
         * heavy write loads (the default lag is about a second).
         */
        @WithDefault("false")
        boolean readAfterWrite();

        /** How many statements one reindex request reads and sends (VERBATIM_SEARCH_REINDEX_BATCH_SIZE). */
        @WithDefault("5000")
        int reindexBatchSize();

        /**
         * A user name for HTTP basic authentication to OpenSearch (VERBATIM_SEARCH_USERNAME), sent with
         * {@link #password()}; unset sends no credentials. An https URL is verified against the JVM's default trust
         * store.
         */
        Optional<String> username();

        /** The password that goes with {@link #username()} (VERBATIM_SEARCH_PASSWORD). */
        Optional<String> password();

        /**
         * How often relevance searches move to a new shared point in time (VERBATIM_SEARCH_POINT_IN_TIME_ROTATION):
         * a first relevance page sees the index as it was at most this long ago (plus the refresh interval), and
         * this instance opens at most one point in time per period whatever its request rate.
         */
        @WithDefault("500ms")
        java.time.Duration pointInTimeRotation();

        /**
         * How long a point in time outlives its last page read (VERBATIM_SEARCH_POINT_IN_TIME_KEEP_ALIVE): the time a
         * reader may take between two relevance pages and still get the frozen view. With the rotation it bounds
         * the points in time an instance keeps open (about keep-alive / rotation, plus those readers hold).
         */
        @WithDefault("30s")
        java.time.Duration pointInTimeKeepAlive();
    }

    /** Rate limits; each class has its own bucket per client. */
    interface RateLimit {

        /** Turn every rate limit off (VERBATIM_RATE_LIMIT_ENABLED=false), e.g. behind a gateway that limits. */
        @WithDefault("true")
        boolean enabled();

        /** GET under /api/v1 other than searches. */
        Rate reads();

        /** GET /statements and /speakers with q, POST /quote-checks. */
        Rate search();

        /** Other POST, PUT, PATCH and DELETE under /api/v1. */
        Rate writes();

        /** POST /import. */
        @WithName("import")
        Rate imports();

        /** How many clients' buckets are kept at most (least recently seen are dropped first). */
        @WithDefault("100000")
        int maxClients();
    }

    /** A sustained rate and the burst a client may spend at once. */
    interface Rate {

        /** Tokens refilled per minute, spread evenly over the minute. */
        int perMinute();

        /** The bucket's capacity; the per-minute rate when unset. */
        Optional<Integer> burst();

        default int capacity() {
            return burst().orElse(perMinute());
        }
    }

    /**
     * A topic renamed or moved and a source edited queue the statements' stored export arrays for a rewrite
     * (statement_export_pending, V21), which a background worker does after the request, in chunks.
     */
    interface Export {

        /** How often the worker looks for queued rewrites (VERBATIM_EXPORT_REFRESH_POLL). */
        @WithDefault("200ms")
        java.time.Duration refreshPoll();

        /** How many statements' arrays one short transaction of the worker rewrites (VERBATIM_EXPORT_REFRESH_CHUNK). */
        @WithDefault("1000")
        int refreshChunk();
    }

    /** Fact-checks. */
    interface Reviews {

        /**
         * A label → verdict file in the format of the bundled {@code reviews/verdict-labels.tsv}, read after it at
         * start: its labels add to the table and override the bundled ones (VERBATIM_REVIEWS_VERDICT_LABELS_FILE).
         */
        Optional<String> verdictLabelsFile();
    }
}
