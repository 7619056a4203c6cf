package io.verbatim.importing;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;

/** A source by URL with the attribution it used; the other fields describe a source not yet known. */
public record SourceInput(
        @NotBlank @Size(max = 2048)
        @Pattern(regexp = "^[Hh][Tt][Tt][Pp][Ss]?://[^\\s/?#]+[^\\s]*$", message = "must be an http or https URL")
        String url,
        @NotBlank @Size(max = 200) String outlet,
        @Size(max = 1000) String title,
        LocalDate publishedOn,
        @Size(max = 300) String author,
        @Size(max = 1000) String attribution) {
}
