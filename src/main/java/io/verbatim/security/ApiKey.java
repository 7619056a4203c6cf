package io.verbatim.security;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import org.hibernate.annotations.CreationTimestamp;

import java.time.Instant;
import java.util.UUID;

/** An API key as stored: only the SHA-256 hash of the secret is kept, never the secret itself. */
@Entity
public class ApiKey extends PanacheEntityBase {

    @Id
    @GeneratedValue
    public UUID id;

    public String name;

    public String role;

    public String keyHash;

    @CreationTimestamp
    public Instant createdAt;

    public Instant revokedAt;

    public Instant lastUsedAt;
}
