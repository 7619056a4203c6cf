package io.verbatim.extraction;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;
import java.util.UUID;

/** The statements found in an article, with their speakers matched against the catalogue. */
@Schema(name = "ExtractionResult")
public record ExtractionResult(List<Statement> statements, List<Extracted.Span> unattributed) {

    /** A rule's name (at most 40 characters) with the attribution words it matched, taken from the article. */
    static final int MAX_RULE = ExtractionRequest.MAX_TEXT + 40;

    /** One attributed statement. */
    @Schema(name = "ExtractedStatement")
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record Statement(
            @Schema(description = "The words; split and continued quotes joined.",
                    maxLength = ExtractionRequest.MAX_TEXT) String text,
            @Schema(description = "DIRECT (a full quote), PARTIAL (a quoted fragment inside a sentence) or "
                    + "INDIRECT (reported speech, no quotation marks).",
                    enumeration = {"DIRECT", "PARTIAL", "INDIRECT"}) String kind,
            SpeakerMatch speaker,
            @Schema(description = "The principal a spokesperson or office speaks for, or null.", nullable = true)
            Principal onBehalfOf,
            @Schema(description = "The speaker's role from an appositive, or null.", example = "deputy chief of staff",
                    nullable = true, maxLength = ExtractionRequest.MAX_TEXT)
            String speakerRole,
            @Schema(description = "The attribution words.", example = "told The Daily Beast",
                    maxLength = ExtractionRequest.MAX_TEXT) String cue,
            @Schema(description = "Offset of the first character of the statement in the article.", minimum = "0",
                    maximum = ExtractionRequest.MAX_TEXT_STRING) int start,
            @Schema(description = "Offset just past its last character.", minimum = "0",
                    maximum = ExtractionRequest.MAX_TEXT_STRING) int end,
            @Schema(description = "0 to 1: lower for pronouns, descriptions and reported speech.") double confidence,
            @JsonInclude(JsonInclude.Include.NON_NULL)
            @Schema(description = "With `explain=true`: the rules that produced it, in order.")
            List<@Size(max = MAX_RULE) String> explain,
            @JsonInclude(JsonInclude.Include.NON_NULL)
            @Schema(description = "With `save=true`: the id of the stored PENDING_REVIEW statement.") UUID statementId) {
    }

    /** The speaker as named in the article, and the catalogue speaker it resolves to, if any. */
    @Schema(name = "ExtractedSpeaker")
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record SpeakerMatch(@Schema(example = "Jeanne Shaheen", maxLength = ExtractionRequest.MAX_TEXT) String name,
                               @Schema(example = "Sen. Jeanne Shaheen (D-NH)", nullable = true,
                                       maxLength = ExtractionRequest.MAX_TEXT) String descriptor,
                               @Schema(description = "The matched speaker's id, or null.", nullable = true) UUID speakerId) {
    }

    /** A principal, and the catalogue speaker it resolves to, if any. */
    @Schema(name = "ExtractedPrincipal")
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record Principal(@Schema(example = "Rand Paul", maxLength = ExtractionRequest.MAX_TEXT) String name,
                            @Schema(description = "The matched speaker's id, or null.", nullable = true)
                            UUID speakerId) {
    }
}
