package io.verbatim.view;

import io.verbatim.domain.FieldLengths;
import io.verbatim.domain.Speaker;
import io.verbatim.domain.SpeakerKind;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.UUID;

/** A speaker as named inside a statement. */
@Schema(description = "A speaker as referenced from a statement.",
        requiredProperties = {"id", "slug", "name", "kind"})
public record SpeakerRef(
        @Schema(example = "8f0f7c1e-2f4a-4c55-9b0e-3a1d2c4b5e6f") UUID id,
        @Schema(example = "jeanne-shaheen", maxLength = FieldLengths.SPEAKER_SLUG) String slug,
        @Schema(example = "Jeanne Shaheen", maxLength = FieldLengths.SPEAKER_NAME) String name,
        SpeakerKind kind) {

    public static SpeakerRef of(Speaker speaker) {
        return speaker == null ? null : new SpeakerRef(speaker.id, speaker.slug, speaker.name, speaker.kind);
    }
}
