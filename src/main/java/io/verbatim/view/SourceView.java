package io.verbatim.view;

import io.verbatim.domain.Source;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.util.UUID;

/** A published source of statements. */
@Schema(name = "Source", description = "A published piece that carries statements; unique by URL.")
public record SourceView(
        UUID id,
        @Schema(example = "https://www.thedailybeast.com/rand-paul-wants-to-scrap-some-us-sanctions-on-russia") String url,
        @Schema(example = "The Daily Beast") String outlet,
        @Schema(example = "Rand Paul Wants to Scrap Some U.S. Sanctions on Russia", nullable = true) String title,
        @Schema(example = "2018-09-25", nullable = true) LocalDate publishedOn,
        @Schema(nullable = true) String author,
        @Schema(description = "Incremented on every change; the ETag is `\"<id>-<version>\"`.", example = "0")
        int version) {

    public static SourceView of(Source source) {
        return new SourceView(source.id, source.url, source.outlet, source.title, source.publishedOn, source.author,
                source.version);
    }
}
