package io.verbatim.curation;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.verbatim.domain.Ids;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;

/**
 * A source of a statement, with the wording it used to attribute it: an existing source by id or URL, or a new one
 * described inline as in the import format.
 */
@Schema(name = "SourceChoice", description = "A source as an id or URL string, or an object: {\"id\"} or {\"url\"} "
        + "of a known source, or inline {\"url\", \"outlet\", \"title\", \"publishedOn\", \"author\"} for a new one; "
        + "`attribution` is how this source attributed the statement.")
public record SourceChoice(
        @Size(max = 36) String id,
        @Size(max = 2048)
        @Pattern(regexp = "^[Hh][Tt][Tt][Pp][Ss]?://[^\\s/?#]+[^\\s]*$", message = "must be an http or https URL")
        String url,
        @Size(max = 200) String outlet,
        @Size(max = 1000) String title,
        LocalDate publishedOn,
        @Size(max = 300) String author,
        @Size(max = 1000) String attribution) {

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static SourceChoice reference(String idOrUrl) {
        return Ids.parse(idOrUrl).isPresent()
                ? new SourceChoice(idOrUrl, null, null, null, null, null, null)
                : new SourceChoice(null, idOrUrl, null, null, null, null, null);
    }

    @JsonCreator(mode = JsonCreator.Mode.PROPERTIES)
    public static SourceChoice of(@JsonProperty("id") String id, @JsonProperty("url") String url,
                                  @JsonProperty("outlet") String outlet, @JsonProperty("title") String title,
                                  @JsonProperty("publishedOn") LocalDate publishedOn,
                                  @JsonProperty("author") String author,
                                  @JsonProperty("attribution") String attribution) {
        return new SourceChoice(id, url, outlet, title, publishedOn, author, attribution);
    }
}
