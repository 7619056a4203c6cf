package io.verbatim.view;

import io.verbatim.domain.FieldLengths;
import io.verbatim.domain.Source;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.util.UUID;

/** A published source of statements. */
@Schema(name = "Source", description = "A published piece that carries statements; unique by URL.",
        requiredProperties = {"id", "url", "outlet", "title", "publishedOn", "author", "version"})
public record SourceView(
        UUID id,
        @Schema(example = "https://www.thedailybeast.com/rand-paul-wants-to-scrap-some-us-sanctions-on-russia",
                maxLength = FieldLengths.SOURCE_URL) String url,
        @Schema(example = "The Daily Beast", maxLength = FieldLengths.SOURCE_OUTLET) String outlet,
        @Schema(example = "Rand Paul Wants to Scrap Some U.S. Sanctions on Russia", nullable = true,
                maxLength = FieldLengths.SOURCE_TITLE) String title,
        @Schema(example = "2018-09-25", nullable = true) LocalDate publishedOn,
        @Schema(nullable = true, maxLength = FieldLengths.SOURCE_AUTHOR) String author,
        @Schema(description = "Incremented on every change; the ETag is `\"<id>-<version>\"`.", example = "0",
                minimum = "0", maximum = SchemaBounds.INT32_MAX)
        int version) {

    public static SourceView of(Source source) {
        return new SourceView(source.id, source.url, source.outlet, source.title, source.publishedOn, source.author,
                source.version);
    }
}
