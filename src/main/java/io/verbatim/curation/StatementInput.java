package io.verbatim.curation;

import io.verbatim.domain.DatePrecision;
import io.verbatim.domain.FieldLengths;
import io.verbatim.domain.StatementKind;
import io.verbatim.importing.LanguageTags;
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
 * The body that creates or replaces a statement. Server-set fields ({@code id}, {@code status}, {@code version},
 * {@code createdAt}, {@code updatedAt}, {@code retractionReason}) are refused, not ignored.
 */
@Schema(name = "StatementInput", description = "A statement to create or replace. Speaker, onBehalfOf, topics and "
        + "sources are given by id or slug (sources also by URL), or inline as in the import format. `id`, `status`, "
        + "`version`, `createdAt`, `updatedAt` and `retractionReason` are set by the server: a body naming them is a "
        + "400.")
public record StatementInput(
        @Schema(description = "The client's own id, unique.", example = "dailybeast-2018-09-25-shaheen")
        @Size(max = 200) String externalId,
        @Schema(description = "The words as recorded, 1 to 10,000 characters.", example = "Thanks, but no thanks.")
        @NotBlank @Size(max = 10_000) String text,
        @NotNull StatementKind kind,
        @Schema(description = "BCP 47 language tag; default en.", example = "en")
        @Size(max = FieldLengths.LANGUAGE)
        @Pattern(regexp = LanguageTags.PATTERN, message = "must be a BCP 47 language tag such as en or pt-BR")
        String language,
        @NotNull @Valid SpeakerChoice speaker,
        @Valid SpeakerChoice onBehalfOf,
        @Size(max = 500) String speakerRole,
        @Schema(description = "When it was said; not in the future.", example = "2018-09-25")
        @NotNull @PastOrPresent LocalDate saidOn,
        @Schema(description = "Default DAY.") DatePrecision datePrecision,
        @Size(max = 1000) String context,
        @Size(max = 50) List<@NotNull @Valid TopicChoice> topics,
        @Schema(description = "One source; `sources` takes several. At least one source in all.")
        @Valid SourceChoice source,
        @Size(max = 50) List<@NotNull @Valid SourceChoice> sources) {

    /** {@code source} and {@code sources} together, in that order, each with its field path for errors. */
    public List<Indexed<SourceChoice>> allSources() {
        List<Indexed<SourceChoice>> all = new ArrayList<>();
        if (source != null) {
            all.add(new Indexed<>("source", source));
        }
        if (sources != null) {
            for (int i = 0; i < sources.size(); i++) {
                all.add(new Indexed<>("sources[" + i + "]", sources.get(i)));
            }
        }
        return all;
    }

    /** A value with the body path it came from. */
    public record Indexed<T>(String field, T value) {
    }
}
