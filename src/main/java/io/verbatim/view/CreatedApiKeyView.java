package io.verbatim.view;

import io.verbatim.domain.FieldLengths;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.UUID;

/** A key just created, with its secret: the only answer that ever carries it. */
@Schema(name = "CreatedApiKey", description = "A new API key with its secret, shown this once.")
public record CreatedApiKeyView(
        UUID id,
        @Schema(example = "Newsroom importer", maxLength = FieldLengths.API_KEY_NAME) String name,
        @Schema(enumeration = {"editor", "admin"}, example = "editor") String role,
        Instant createdAt,
        @Schema(description = "The secret to send as `Authorization: Bearer <key>` or `X-API-Key`; only its hash is "
                + "stored, so it cannot be shown again.",
                example = "vbk_Qm9vdHN0cmFwIGtleSBleGFtcGxlIG9ubHkgMTIzNDU", pattern = "^vbk_[A-Za-z0-9_-]{43}$",
                maxLength = 47)
        String key) {
}
