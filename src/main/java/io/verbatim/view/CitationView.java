package io.verbatim.view;

import io.verbatim.domain.FieldLengths;
import io.verbatim.domain.SourceCitation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.util.UUID;

/** A source of a statement, with the wording that source used to attribute it. */
@Schema(name = "Citation", description = "A source that carried the statement, with its own attribution wording.",
        requiredProperties = {"id", "url", "outlet", "title", "publishedOn", "attribution"})
public record CitationView(
        UUID id,
        @Schema(example = "https://www.thedailybeast.com/rand-paul-wants-to-scrap-some-us-sanctions-on-russia",
                maxLength = FieldLengths.SOURCE_URL) String url,
        @Schema(example = "The Daily Beast", maxLength = FieldLengths.SOURCE_OUTLET) String outlet,
        @Schema(example = "Rand Paul Wants to Scrap Some U.S. Sanctions on Russia", nullable = true,
                maxLength = FieldLengths.SOURCE_TITLE) String title,
        @Schema(example = "2018-09-25", nullable = true) LocalDate publishedOn,
        @Schema(description = "How this source attributed the statement.", example = "told The Daily Beast",
                nullable = true, maxLength = FieldLengths.ATTRIBUTION)
        String attribution) {

    public static CitationView of(SourceCitation citation) {
        var source = citation.source;
        return new CitationView(source.id, source.url, source.outlet, source.title, source.publishedOn,
                citation.attribution);
    }
}
