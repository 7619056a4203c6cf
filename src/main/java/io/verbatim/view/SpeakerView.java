package io.verbatim.view;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.verbatim.domain.FieldLengths;
import io.verbatim.domain.Speaker;
import io.verbatim.domain.SpeakerKind;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;
import java.util.UUID;

/**
 * A speaker with aliases, roles over time, and how many published statements it has made and others made for it. (The {@code @Size} on aliases
 * documents their length in the contract; responses are not validated.)
 */
@Schema(name = "Speaker", description = "A person or organisation that statements are attributed to.",
        requiredProperties = {"id", "slug", "name", "kind", "aliases", "wikidataId", "description", "roles",
                "statementCount", "onBehalfCount", "version"})
public record SpeakerView(
        UUID id,
        @Schema(example = "jeanne-shaheen", maxLength = FieldLengths.SPEAKER_SLUG) String slug,
        @Schema(example = "Jeanne Shaheen", maxLength = FieldLengths.SPEAKER_NAME) String name,
        SpeakerKind kind,
        @Schema(example = "[\"Sen. Jeanne Shaheen\"]")
        List<@Size(max = FieldLengths.SPEAKER_NAME) String> aliases,
        @Schema(description = "Wikidata item id (Q-number), e.g. Q42.", pattern = "^Q[1-9][0-9]*$", nullable = true,
                maxLength = FieldLengths.WIKIDATA_ID) String wikidataId,
        @Schema(nullable = true, maxLength = FieldLengths.SPEAKER_DESCRIPTION) String description,
        List<RoleView> roles,
        @Schema(description = "Published statements by this speaker.", example = "1", minimum = "0",
                maximum = SchemaBounds.INT64_MAX) long statementCount,
        @Schema(description = "Published statements made on this speaker's behalf by others (a spokesperson, an "
                + "office); `GET /statements?attributedTo=` finds both kinds.", example = "2", minimum = "0",
                maximum = SchemaBounds.INT64_MAX) long onBehalfCount,
        @Schema(description = "Lookups with `q` only: how closely the best name or alias matches, from 0 to 1.",
                example = "0.9")
        @JsonInclude(JsonInclude.Include.NON_NULL)
        Float score,
        @Schema(description = "Incremented on every change; the ETag is `\"<id>-<version>\"`.", example = "0",
                minimum = "0", maximum = SchemaBounds.INT32_MAX)
        int version) {

    public static SpeakerView of(Speaker speaker, long statementCount, long onBehalfCount, Float score) {
        return new SpeakerView(speaker.id, speaker.slug, speaker.name, speaker.kind, List.copyOf(speaker.aliases),
                speaker.wikidataId, speaker.description, speaker.roles.stream().map(RoleView::of).toList(),
                statementCount, onBehalfCount, score, speaker.version);
    }
}
