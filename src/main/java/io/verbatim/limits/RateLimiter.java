package io.verbatim.limits;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import io.verbatim.config.VerbatimConfig;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;

/**
 * One Bucket4j token bucket per client and route class, held in a bounded Caffeine cache: each client spends only
 * its own tokens, so one client's flood never takes another's.
 */
@ApplicationScoped
public class RateLimiter {

    private static final long NANOS_PER_SECOND = 1_000_000_000L;

    private final Map<RouteClass, VerbatimConfig.Rate> rates = new EnumMap<>(RouteClass.class);
    private final Cache<String, Bucket> buckets;

    public RateLimiter(VerbatimConfig config) {
        VerbatimConfig.RateLimit limits = config.rateLimit();
        rates.put(RouteClass.READS, limits.reads());
        rates.put(RouteClass.SEARCH, limits.search());
        rates.put(RouteClass.WRITES, limits.writes());
        rates.put(RouteClass.IMPORT, limits.imports());
        buckets = Caffeine.newBuilder()
                .maximumSize(limits.maxClients())
                // A bucket untouched for longer than any refill takes is full again: forgetting it changes nothing.
                .expireAfterAccess(Duration.ofMinutes(10))
                .build();
    }

    /** Takes one token from this client's bucket for the class. */
    public Decision tryAcquire(String client, RouteClass routeClass) {
        VerbatimConfig.Rate rate = rates.get(routeClass);
        Bucket bucket = buckets.get(routeClass.name() + ' ' + client, ignored -> newBucket(rate));
        ConsumptionProbe probe = bucket.tryConsumeAndReturnRemaining(1);
        return new Decision(probe.isConsumed(), rate.perMinute(), rate.capacity(), probe.getRemainingTokens(),
                probe.isConsumed() ? 0 : seconds(probe.getNanosToWaitForRefill()),
                seconds(probe.getNanosToWaitForReset()));
    }

    private static Bucket newBucket(VerbatimConfig.Rate rate) {
        return Bucket.builder()
                .addLimit(limit -> limit.capacity(rate.capacity()).refillGreedy(rate.perMinute(), Duration.ofMinutes(1)))
                .build();
    }

    /** Whole seconds, rounded up, never below 1 (a client told to wait 0 s would retry at once). */
    private static long seconds(long nanos) {
        return Math.max(1, (nanos + NANOS_PER_SECOND - 1) / NANOS_PER_SECOND);
    }

    /**
     * The outcome for one request: allowed or not, the policy (per minute, burst), tokens left, seconds until a token
     * is back (when refused) and until the bucket is full again.
     */
    public record Decision(boolean allowed, int perMinute, int burst, long remaining, long retryAfterSeconds,
                           long resetSeconds) {

        /** IETF draft RateLimit-Policy: the quota over a one-minute window, with the burst the bucket allows. */
        public String policyHeader() {
            return perMinute + ";w=60;burst=" + burst;
        }

        /** IETF draft RateLimit: what is left now and when the bucket is full again. */
        public String rateLimitHeader() {
            return "limit=" + burst + ", remaining=" + remaining + ", reset=" + resetSeconds;
        }
    }
}
