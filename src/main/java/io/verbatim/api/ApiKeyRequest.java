package io.verbatim.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The body that creates an API key. */
@Schema(name = "ApiKeyRequest", description = "A new API key: who it is for and what it may do.")
public record ApiKeyRequest(
        @Schema(description = "Who or what uses the key; recorded as the author of its changes.",
                example = "Newsroom importer", maxLength = 200)
        @NotBlank @Size(max = 200) String name,
        @Schema(description = "`editor` writes statements, speakers, topics and sources and imports; `admin` also "
                + "manages keys.", enumeration = {"editor", "admin"}, example = "editor")
        @NotNull @Pattern(regexp = "editor|admin", message = "must be editor or admin") String role) {
}
