package io.verbatim.quotecheck;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.verbatim.domain.FieldLengths;
import io.verbatim.view.CitationView;
import io.verbatim.view.SpeakerRef;
import io.verbatim.view.StatementView;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/** The verdict on a claimed quote, with the recorded statements that support it. */
@Schema(description = "Whether a quote is on record, word for word, and by whom.",
        requiredProperties = {"verdict", "claimedSpeaker", "attributedTo", "onBehalfOf", "firstPublished", "matches"})
public record QuoteCheckResult(
        @Schema(description = "VERIFIED: on record word for word (or as an excerpt) by the claimed speaker, or by anyone"
                + " when no speaker was claimed. ALTERED: on record by that speaker with some words changed, added or"
                + " dropped. SAID_ON_BEHALF: on record (exactly, as an excerpt or nearly) as said on the claimed"
                + " speaker's behalf by someone else (a spokesperson, an office), named in `attributedTo`; the claimed"
                + " speaker is in `onBehalfOf`. MISATTRIBUTED: on record (exactly, as an excerpt or nearly) but by"
                + " someone else, named in `attributedTo`. NOT_FOUND: nothing close enough (paraphrases never verify).")
        Verdict verdict,
        @Schema(description = "The speaker the claim was resolved to, or null when none was claimed or none matched.",
                nullable = true)
        @JsonInclude(JsonInclude.Include.ALWAYS)
        SpeakerRef claimedSpeaker,
        @Schema(description = "With MISATTRIBUTED and SAID_ON_BEHALF: who is on record as having said it.",
                nullable = true)
        @JsonInclude(JsonInclude.Include.ALWAYS)
        SpeakerRef attributedTo,
        @Schema(description = "With SAID_ON_BEHALF: whom the words were said for (the claimed speaker).",
                nullable = true)
        @JsonInclude(JsonInclude.Include.ALWAYS)
        SpeakerRef onBehalfOf,
        @Schema(description = "With VERIFIED: the earliest source on record carrying the words (by `publishedOn`; "
                + "\"first published by The Daily Beast on 25 September 2018\").", nullable = true)
        @JsonInclude(JsonInclude.Include.ALWAYS)
        CitationView firstPublished,
        @Schema(description = "The closest recorded statements, best first.")
        List<Match> matches) {

    /** The outcome of a quote check. */
    public enum Verdict {
        VERIFIED, ALTERED, SAID_ON_BEHALF, MISATTRIBUTED, NOT_FOUND
    }

    /** How a recorded statement relates to the claim. */
    public enum MatchKind {
        EXACT, EXCERPT, NEAR, PARAPHRASE
    }

    /** One recorded statement close to the claim. */
    @Schema(name = "QuoteMatch",
            requiredProperties = {"statement", "similarity", "match", "start", "end", "differences"})
    public record Match(
            StatementView statement,
            @Schema(description = "How much of the claim's wording is on record, from 0 to 1.", example = "0.93")
            double similarity,
            MatchKind match,
            @Schema(description = "EXCERPT and NEAR: where the matching words start in the recorded text (a character"
                    + " offset).", nullable = true, example = "95", minimum = "0", maximum = Match.MAX_OFFSET)
            Integer start,
            @Schema(description = "EXCERPT and NEAR: where the matching words end in the recorded text (exclusive).",
                    nullable = true, example = "181", minimum = "0", maximum = Match.MAX_OFFSET)
            Integer end,
            @Schema(description = "NEAR: the word-level edits from the recorded text to the claim.",
                    maxItems = Match.MAX_DIFFERENCES)
            List<Difference> differences) {

        /** Offsets into a recorded text, at most 10,000 characters long. */
        static final String MAX_OFFSET = "10000";
        /** One edit at least per word: at most 1,000 words in a claim and 5,000 in a recorded text. */
        static final int MAX_DIFFERENCES = 6000;
    }

    /** One word-level edit: a word the claim inserted, a recorded word it dropped, or one it replaced. */
    @Schema(name = "QuoteDifference", requiredProperties = {"op", "claimed", "recorded"})
    public record Difference(
            @Schema(enumeration = {"insert", "delete", "replace"}, example = "replace") String op,
            @Schema(description = "The claimed word(s), null for a delete.", nullable = true, example = "90%",
                    maxLength = QuoteCheckRequest.MAX_TEXT)
            String claimed,
            @Schema(description = "The recorded word(s), null for an insert.", nullable = true, example = "more",
                    maxLength = FieldLengths.STATEMENT_TEXT)
            String recorded) {
    }
}
