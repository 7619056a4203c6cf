package io.verbatim.view;

import io.verbatim.domain.SourceCitation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.util.UUID;

/** A source of a statement, with the wording that source used to attribute it. */
@Schema(name = "Citation", description = "A source that carried the statement, with its own attribution wording.")
public record CitationView(
        UUID id,
        @Schema(example = "https://www.thedailybeast.com/rand-paul-wants-to-scrap-some-us-sanctions-on-russia") String url,
        @Schema(example = "The Daily Beast") String outlet,
        @Schema(example = "Rand Paul Wants to Scrap Some U.S. Sanctions on Russia", nullable = true) String title,
        @Schema(example = "2018-09-25", nullable = true) LocalDate publishedOn,
        @Schema(description = "How this source attributed the statement, or null.", example = "told The Daily Beast",
                nullable = true)
        String attribution) {

    public static CitationView of(SourceCitation citation) {
        var source = citation.source;
        return new CitationView(source.id, source.url, source.outlet, source.title, source.publishedOn,
                citation.attribution);
    }
}
