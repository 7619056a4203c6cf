package io.verbatim.security;

import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Creates, lists and revokes API keys; the secret of a key exists only in the answer that creates it. */
@ApplicationScoped
public class ApiKeyService {

    /** last_used_at is a hint, not a log: it is written at most once a minute per key. */
    private static final Duration LAST_USED_RESOLUTION = Duration.ofMinutes(1);

    /** A new key and its secret, to be shown once. */
    public record Created(ApiKey key, String secret) {
    }

    @Transactional
    public Created create(String name, String role) {
        String secret = ApiKeySecrets.generate();
        ApiKey key = new ApiKey();
        key.name = name;
        key.role = role;
        key.keyHash = ApiKeySecrets.hash(secret);
        key.persist();
        return new Created(key, secret);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<ApiKey> list() {
        return ApiKey.list("order by createdAt, id");
    }

    /** Revokes a key; revoking a revoked key changes nothing. Empty when no key has this id. */
    @Transactional
    public Optional<ApiKey> revoke(UUID id) {
        Optional<ApiKey> key = ApiKey.findByIdOptional(id);
        key.filter(found -> found.revokedAt == null).ifPresent(found -> found.revokedAt = Instant.now());
        return key;
    }

    /** The unrevoked key with this hash, noting that it was used. Runs in the caller's transaction. */
    public Optional<ApiKey> findActive(String keyHash) {
        Optional<ApiKey> key = ApiKey.find("keyHash = ?1 and revokedAt is null", keyHash).firstResultOptional();
        key.ifPresent(found -> {
            Instant now = Instant.now();
            if (found.lastUsedAt == null || found.lastUsedAt.isBefore(now.minus(LAST_USED_RESOLUTION))) {
                found.lastUsedAt = now;
            }
        });
        return key;
    }

    /** Makes sure an active admin key with this secret exists (the bootstrap key of VERBATIM_ADMIN_API_KEY). */
    @Transactional
    public void ensureAdmin(String secret, String name) {
        String hash = ApiKeySecrets.hash(secret);
        ApiKey key = ApiKey.<ApiKey>find("keyHash", hash).firstResultOptional().orElseGet(() -> {
            ApiKey created = new ApiKey();
            created.name = name;
            created.keyHash = hash;
            return created;
        });
        key.role = Roles.ADMIN;
        key.revokedAt = null;
        if (!Panache.getEntityManager().contains(key)) {
            key.persist();
        }
    }
}
