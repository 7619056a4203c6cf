package io.verbatim.view;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.verbatim.domain.Speaker;
import io.verbatim.domain.SpeakerKind;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;
import java.util.UUID;

/** A speaker with aliases, roles over time, and how many published statements it has. */
@Schema(name = "Speaker", description = "A person or organisation that statements are attributed to.")
public record SpeakerView(
        UUID id,
        @Schema(example = "jeanne-shaheen") String slug,
        @Schema(example = "Jeanne Shaheen") String name,
        SpeakerKind kind,
        @Schema(example = "[\"Sen. Jeanne Shaheen\"]") List<String> aliases,
        @Schema(description = "Wikidata item id (Q-number), e.g. Q42.", pattern = "^Q[1-9][0-9]*$", nullable = true) String wikidataId,
        @Schema(nullable = true) String description,
        List<RoleView> roles,
        @Schema(description = "Published statements by this speaker.", example = "1") long statementCount,
        @Schema(description = "Lookups with `q` only: how closely the best name or alias matches, from 0 to 1.",
                example = "0.9")
        @JsonInclude(JsonInclude.Include.NON_NULL)
        Float score,
        @Schema(description = "Incremented on every change; the ETag is `\"<id>-<version>\"`.", example = "0")
        int version) {

    public static SpeakerView of(Speaker speaker, long statementCount, Float score) {
        return new SpeakerView(speaker.id, speaker.slug, speaker.name, speaker.kind, List.copyOf(speaker.aliases),
                speaker.wikidataId, speaker.description, speaker.roles.stream().map(RoleView::of).toList(),
                statementCount, score, speaker.version);
    }
}
