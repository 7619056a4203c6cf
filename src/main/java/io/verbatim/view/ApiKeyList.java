package io.verbatim.view;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/** Every API key, oldest first. */
@Schema(name = "ApiKeyList", description = "Every API key, revoked ones included, oldest first.")
public record ApiKeyList(List<ApiKeyView> items) {
}
