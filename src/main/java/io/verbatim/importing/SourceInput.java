package io.verbatim.importing;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;

/**
 * A source by URL with the attribution it used; the other fields describe a source not yet known, which needs an
 * outlet. A plain string is the URL, as in statement bodies.
 */
public record SourceInput(
        @NotBlank @Size(max = 2048)
        @Pattern(regexp = "^[Hh][Tt][Tt][Pp][Ss]?://[^\\s/?#]+[^\\s]*$", message = "must be an http or https URL")
        String url,
        @Size(max = 200) String outlet,
        @Size(max = 1000) String title,
        LocalDate publishedOn,
        @Size(max = 300) String author,
        @Size(max = 1000) String attribution) {

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static SourceInput at(String url) {
        return new SourceInput(url, null, null, null, null, null);
    }

    @JsonCreator(mode = JsonCreator.Mode.PROPERTIES)
    public static SourceInput of(@JsonProperty("url") String url,
                                 @JsonProperty("outlet") String outlet,
                                 @JsonProperty("title") String title,
                                 @JsonProperty("publishedOn") LocalDate publishedOn,
                                 @JsonProperty("author") String author,
                                 @JsonProperty("attribution") String attribution) {
        return new SourceInput(url, outlet, title, publishedOn, author, attribution);
    }
}
