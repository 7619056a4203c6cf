package io.verbatim.curation;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.verbatim.domain.Ids;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A topic named in a statement body: an existing one by id or slug, or inline {name, parent} (found or created). */
@Schema(name = "TopicChoice", description = "An existing topic as an id or slug string (\"russia-sanctions\"), or an "
        + "object: {\"id\"}, {\"slug\"}, or inline {\"name\", \"parent\"} as in the import format (found by the "
        + "name's slug, else created).")
public record TopicChoice(
        @Size(max = 36) String id,
        @Size(max = 200) String slug,
        @Size(max = 200) String name,
        @Size(max = 200) String parent) {

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static TopicChoice reference(String idOrSlug) {
        return Ids.parse(idOrSlug).isPresent()
                ? new TopicChoice(idOrSlug, null, null, null)
                : new TopicChoice(null, idOrSlug, null, null);
    }

    @JsonCreator(mode = JsonCreator.Mode.PROPERTIES)
    public static TopicChoice of(@JsonProperty("id") String id, @JsonProperty("slug") String slug,
                                 @JsonProperty("name") String name, @JsonProperty("parent") String parent) {
        return new TopicChoice(id, slug, name, parent);
    }
}
