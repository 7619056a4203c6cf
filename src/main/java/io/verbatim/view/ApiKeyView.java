package io.verbatim.view;

import io.verbatim.domain.FieldLengths;
import io.verbatim.security.ApiKey;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.UUID;

/** An API key without its secret. */
@Schema(name = "ApiKey", description = "An API key as listed: never with its secret.")
public record ApiKeyView(
        UUID id,
        @Schema(example = "Newsroom importer", maxLength = FieldLengths.API_KEY_NAME) String name,
        @Schema(enumeration = {"editor", "admin"}, example = "editor") String role,
        Instant createdAt,
        @Schema(description = "When the key was revoked; a revoked key authenticates nothing.", nullable = true)
        Instant revokedAt,
        @Schema(description = "Roughly when the key was last used (to the minute).", nullable = true)
        Instant lastUsedAt) {

    public static ApiKeyView of(ApiKey key) {
        return new ApiKeyView(key.id, key.name, key.role, key.createdAt, key.revokedAt, key.lastUsedAt);
    }
}
