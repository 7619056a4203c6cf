package io.verbatim.importing;

import io.verbatim.domain.DatePrecision;
import io.verbatim.domain.FieldLengths;
import io.verbatim.domain.StatementKind;
import io.verbatim.domain.StatementStatus;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * One statement in the import and export format: speakers, topics and sources are given by their natural keys
 * (name, topic name, URL) and resolved or created on import.
 */
@Schema(name = "ImportLine", description = "One statement in the import/export format (one NDJSON line).")
public record ImportLine(
        @Size(max = 200) String externalId,
        @NotBlank @Size(max = 10_000) String text,
        @NotNull StatementKind kind,
        @Size(max = FieldLengths.LANGUAGE)
        @Pattern(regexp = LanguageTags.PATTERN, message = "must be a BCP 47 language tag such as en or pt-BR")
        String language,
        @NotNull @Valid SpeakerInput speaker,
        @Valid SpeakerInput onBehalfOf,
        @Size(max = 500) String speakerRole,
        @NotNull @PastOrPresent LocalDate saidOn,
        DatePrecision datePrecision,
        @Size(max = 1000) String context,
        @Size(max = 50) List<@NotNull @Valid TopicInput> topics,
        @Valid SourceInput source,
        @Size(max = 50) List<@NotNull @Valid SourceInput> sources,
        StatementStatus status,
        @Size(max = 2000) String retractionReason) {

    /** {@code source} and {@code sources} together, in that order. */
    public List<SourceInput> allSources() {
        List<SourceInput> all = new ArrayList<>();
        if (source != null) {
            all.add(source);
        }
        if (sources != null) {
            all.addAll(sources);
        }
        return all;
    }
}
