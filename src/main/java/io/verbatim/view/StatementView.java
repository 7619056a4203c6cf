package io.verbatim.view;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.verbatim.domain.DatePrecision;
import io.verbatim.domain.FieldLengths;
import io.verbatim.domain.Statement;
import io.verbatim.domain.StatementKind;
import io.verbatim.domain.StatementStatus;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

/** An attributed statement as served by the API. */
@Schema(name = "Statement", description = "What a speaker said, when, in what role, and where it was published.",
        requiredProperties = {"id", "externalId", "text", "kind", "language", "speaker", "onBehalfOf", "speakerRole",
                "saidOn", "datePrecision", "context", "topics", "sources", "status", "retractionReason", "createdAt",
                "updatedAt", "version"})
public record StatementView(
        UUID id,
        @Schema(description = "The client's own id, unique; used for idempotent imports.", example = "dailybeast-2018-09-25-shaheen",
                nullable = true, maxLength = FieldLengths.EXTERNAL_ID)
        String externalId,
        @Schema(description = "The words as recorded.", example = "Thanks, but no thanks.",
                maxLength = FieldLengths.STATEMENT_TEXT)
        String text,
        StatementKind kind,
        @Schema(description = "BCP 47 language tag of the text.", example = "en", maxLength = FieldLengths.LANGUAGE)
        String language,
        SpeakerRef speaker,
        @Schema(description = "The principal a spokesperson or office spoke for, or null.", nullable = true)
        SpeakerRef onBehalfOf,
        @Schema(description = "The speaker's role as stated at the time.", example = "U.S. Senator (D-NH)", nullable = true,
                maxLength = FieldLengths.SPEAKER_ROLE)
        String speakerRole,
        @Schema(description = "When it was said; only the part given by datePrecision is meaningful.", example = "2018-09-25")
        LocalDate saidOn,
        DatePrecision datePrecision,
        @Schema(description = "How it was said.", example = "told The Daily Beast", nullable = true,
                maxLength = FieldLengths.CONTEXT)
        String context,
        @Schema(maxItems = StatementView.MAX_TOPICS) List<TopicRef> topics,
        @Schema(maxItems = StatementView.MAX_SOURCES) List<CitationView> sources,
        StatementStatus status,
        @Schema(nullable = true, maxLength = FieldLengths.RETRACTION_REASON)
        String retractionReason,
        Instant createdAt,
        Instant updatedAt,
        @Schema(description = "Incremented on every change; the basis of the ETag.", example = "0", minimum = "0",
                maximum = SchemaBounds.INT32_MAX)
        int version,
        @Schema(description = "Fact-checks linked to this statement, newest first.", maxItems = StatementView.MAX_REVIEWS)
        List<ReviewSummary> reviews,
        @Schema(description = "Search results only, when `q` is given: the full-text relevance (higher is better).",
                example = "0.1")
        @JsonInclude(JsonInclude.Include.NON_NULL)
        Float score,
        @Schema(description = "Search results only, when `q` is given: the text, HTML-escaped, with every match"
                + " wrapped in <mark>…</mark>.", example = "Thanks, but no thanks. As a senator who has been"
                + " <mark>sanctioned</mark> by the Kremlin…", maxLength = StatementView.MAX_HIGHLIGHT)
        @JsonInclude(JsonInclude.Include.NON_NULL)
        String highlight) {

    /** Writes replace a statement's topics, at most 50 a request ({@code topics}). */
    public static final int MAX_TOPICS = 50;
    /** Writes replace a statement's sources: {@code source} plus at most 50 {@code sources}. */
    public static final int MAX_SOURCES = 51;
    /** A statement lists at most this many of its fact-checks, newest first. */
    public static final int MAX_REVIEWS = 50;
    /**
     * The text HTML-escaped (at most 5 characters for one, {@code &amp;}), with {@code <mark></mark>} (13 characters)
     * around any of its words, of which the escaped text has at most one every two characters.
     */
    public static final int MAX_HIGHLIGHT = FieldLengths.STATEMENT_TEXT * 5 + FieldLengths.STATEMENT_TEXT * 5 / 2 * 13;

    public static StatementView of(Statement statement) {
        List<TopicRef> topics = statement.topics.stream()
                .sorted(Comparator.comparing(topic -> topic.slug))
                .map(TopicRef::of)
                .toList();
        List<CitationView> sources = statement.sources.stream().map(CitationView::of).toList();
        // A statement read from its history has no reviews (they are not part of it).
        List<ReviewSummary> reviews = statement.reviews == null ? List.of()
                : statement.reviews.stream().limit(MAX_REVIEWS).map(ReviewSummary::of).toList();
        return new StatementView(statement.id, statement.externalId, statement.text, statement.kind,
                statement.language, SpeakerRef.of(statement.speaker), SpeakerRef.of(statement.onBehalfOf),
                statement.speakerRole, statement.saidOn, statement.datePrecision, statement.context, topics, sources,
                statement.status, statement.retractionReason, statement.createdAt, statement.updatedAt,
                statement.version, reviews, null, null);
    }
}
