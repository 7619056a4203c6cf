package io.verbatim.curation;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;

/** The body that creates or replaces a source. */
@Schema(name = "SourceInput", description = "A published source; its URL is unique.")
public record SourceBody(
        @Schema(example = "https://www.thedailybeast.com/rand-paul-wants-to-scrap-some-us-sanctions-on-russia")
        @NotBlank @Size(max = 2048)
        @Pattern(regexp = "^[Hh][Tt][Tt][Pp][Ss]?://[^\\s/?#]+[^\\s]*$", message = "must be an http or https URL")
        String url,
        @Schema(example = "The Daily Beast") @NotBlank @Size(max = 200) String outlet,
        @Schema(example = "Rand Paul Wants to Scrap Some U.S. Sanctions on Russia") @Size(max = 1000) String title,
        @Schema(example = "2018-09-25") @PastOrPresent LocalDate publishedOn,
        @Size(max = 300) String author) {
}
