package io.verbatim.extraction;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/** What the rule-based extractor found in one article, before speakers are matched against the catalogue. */
public record Extracted(List<Found> statements, List<Span> unattributed) {

    /** An attributed statement: text, kind, the speaker as named, the principal, the cue and the rules applied. */
    public record Found(String text, String kind, String speakerName, String descriptor, boolean organisation,
                        String onBehalfOf, String speakerRole, String cue, int start, int end, double confidence,
                        List<String> explain) {
    }

    /** A quote, or reported speech, no speaker could be found for; with the words that describe the speaker. */
    @Schema(name = "UnattributedQuote", description = "A quote with no speaker the rules could find: never guessed. "
            + "Reported speech whose speaker the article only describes is listed here too.")
    public record Span(@Schema(maxLength = ExtractionRequest.MAX_TEXT) String text,
                       @Schema(minimum = "0", maximum = ExtractionRequest.MAX_TEXT_STRING) int start,
                       @Schema(minimum = "0", maximum = ExtractionRequest.MAX_TEXT_STRING) int end,
                       @Schema(description = "How the article describes the speaker when it names nobody",
                               example = "a senior British government source", nullable = true, maxLength = 300)
                       String descriptor,
                       @Schema(description = "Whom the described speaker speaks for, when the article says so (\"a "
                               + "spokesman for Sen. Rand Paul\"); the spokesperson is not named, so the quote is not "
                               + "given to the principal", example = "Rand Paul", nullable = true, maxLength = 300)
                       String onBehalfOf) {

        Span(String text, int start, int end) {
            this(text, start, end, null, null);
        }

        Span(String text, int start, int end, String descriptor) {
            this(text, start, end, descriptor, null);
        }
    }
}
