package io.verbatim.importing;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;

/** A role held by a speaker, as given in an import line. */
public record RoleInput(
        @NotBlank @Size(max = 300) String title,
        @Size(max = 300) String organization,
        @Size(max = 100) String party,
        @Size(max = 100) String jurisdiction,
        LocalDate from,
        LocalDate to) {
}
