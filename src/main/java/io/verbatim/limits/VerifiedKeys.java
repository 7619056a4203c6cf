package io.verbatim.limits;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Duration;
import java.util.Optional;
import java.util.UUID;

/**
 * Hashes of API keys recently seen to be valid, with their key ids. The rate limiter runs before authentication and
 * does no database work, so it keys a request by its API key only when that key has already authenticated once;
 * otherwise by client IP. Inventing keys therefore never earns a client fresh buckets.
 */
@ApplicationScoped
public class VerifiedKeys {

    private final Cache<String, UUID> keys = Caffeine.newBuilder()
            .maximumSize(10_000)
            .expireAfterWrite(Duration.ofMinutes(10))
            .build();

    public void remember(String secretHash, UUID keyId) {
        keys.put(secretHash, keyId);
    }

    public Optional<UUID> idOf(String secretHash) {
        return Optional.ofNullable(keys.getIfPresent(secretHash));
    }
}
