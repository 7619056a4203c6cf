package io.verbatim.view;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.verbatim.domain.DatePrecision;
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
@Schema(name = "Statement", description = "What a speaker said, when, in what role, and where it was published.")
public record StatementView(
        UUID id,
        @Schema(description = "The client's own id, unique; used for idempotent imports; null if none was given.",
                example = "dailybeast-2018-09-25-shaheen", nullable = true)
        String externalId,
        @Schema(description = "The words as recorded.", example = "Thanks, but no thanks.")
        String text,
        StatementKind kind,
        @Schema(description = "BCP 47 language tag of the text.", example = "en")
        String language,
        SpeakerRef speaker,
        @Schema(description = "The principal a spokesperson or office spoke for, or null.", nullable = true)
        SpeakerRef onBehalfOf,
        @Schema(description = "The speaker's role as stated at the time.", example = "U.S. Senator (D-NH)", nullable = true)
        String speakerRole,
        @Schema(description = "When it was said; only the part given by datePrecision is meaningful.", example = "2018-09-25")
        LocalDate saidOn,
        DatePrecision datePrecision,
        @Schema(description = "How it was said.", example = "told The Daily Beast", nullable = true)
        String context,
        List<TopicRef> topics,
        List<CitationView> sources,
        StatementStatus status,
        @Schema(nullable = true)
        String retractionReason,
        Instant createdAt,
        Instant updatedAt,
        @Schema(description = "Incremented on every change; the basis of the ETag.", example = "0")
        int version,
        @Schema(description = "Search results only, when `q` is given: the full-text relevance (higher is better).",
                example = "0.1")
        @JsonInclude(JsonInclude.Include.NON_NULL)
        Float score,
        @Schema(description = "Search results only, when `q` is given: the text, HTML-escaped, with every match"
                + " wrapped in <mark>…</mark>.", example = "Thanks, but no thanks. As a senator who has been"
                + " <mark>sanctioned</mark> by the Kremlin…")
        @JsonInclude(JsonInclude.Include.NON_NULL)
        String highlight) {

    public static StatementView of(Statement statement) {
        List<TopicRef> topics = statement.topics.stream()
                .sorted(Comparator.comparing(topic -> topic.slug))
                .map(TopicRef::of)
                .toList();
        List<CitationView> sources = statement.sources.stream().map(CitationView::of).toList();
        return new StatementView(statement.id, statement.externalId, statement.text, statement.kind,
                statement.language, SpeakerRef.of(statement.speaker), SpeakerRef.of(statement.onBehalfOf),
                statement.speakerRole, statement.saidOn, statement.datePrecision, statement.context, topics, sources,
                statement.status, statement.retractionReason, statement.createdAt, statement.updatedAt,
                statement.version, null, null);
    }

    /** This statement as a search hit. */
    public StatementView withHit(Float hitScore, String hitHighlight) {
        return new StatementView(id, externalId, text, kind, language, speaker, onBehalfOf, speakerRole, saidOn,
                datePrecision, context, topics, sources, status, retractionReason, createdAt, updatedAt, version,
                hitScore, hitHighlight);
    }
}
