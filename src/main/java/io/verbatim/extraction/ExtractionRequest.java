package io.verbatim.extraction;

import io.verbatim.domain.FieldLengths;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;

/** A news article to extract attributed statements from. */
@Schema(name = "ExtractionRequest", description = "An article, up to 100,000 characters, and where it was published.")
public record ExtractionRequest(
        @Schema(description = "The article's text; paragraphs separated by line breaks. A first line "
                + "`date YYYY-MM-DD` gives the article's date when `source.publishedOn` is absent.",
                example = "“Thanks, but no thanks,” Sen. Jeanne Shaheen (D-NH) told The Daily Beast.")
        @NotBlank @Size(max = ExtractionRequest.MAX_TEXT) String text,
        @Schema(description = "BCP 47 language tag; only `en` is understood by the rules. Default en.", example = "en")
        @Size(max = FieldLengths.LANGUAGE)
        @Pattern(regexp = "^[Ee][Nn](-[A-Za-z0-9]{2,8})*$", message = "must be en: only English is supported")
        String language,
        @Schema(description = "Where the article was published; needed with `save=true`.") @Valid Source source) {

    public static final int MAX_TEXT = 100_000;
    /** {@link #MAX_TEXT} as {@code @Schema} wants a maximum: offsets into the article go up to it. */
    public static final String MAX_TEXT_STRING = "100000";

    /** Where the article was published. */
    @Schema(name = "ExtractionSource")
    public record Source(
            @Schema(example = "https://www.thedailybeast.com/rand-paul-wants-to-scrap-some-us-sanctions-on-russia")
            @Size(max = 2048)
            @Pattern(regexp = "^[Hh][Tt][Tt][Pp][Ss]?://[^\\s/?#]+[^\\s]*$", message = "must be an http or https URL")
            String url,
            @Schema(example = "The Daily Beast") @Size(max = 200) String outlet,
            @Schema(example = "Rand Paul Wants to Scrap Some U.S. Sanctions on Russia") @Size(max = 1000) String title,
            @Schema(example = "2018-09-25") LocalDate publishedOn) {
    }
}
