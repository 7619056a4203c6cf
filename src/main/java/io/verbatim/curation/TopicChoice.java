package io.verbatim.curation;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.verbatim.domain.Ids;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A topic named in a statement body: an existing one by id or slug, or inline {name, parent} (found or created). */
@Schema(name = "TopicChoice", description = "A topic as a string, as in the import format: an id, else found by "
        + "slug (\"russia-sanctions\"), then by name (\"Russia sanctions\"), else created with that name. Or an "
        + "object: {\"id\"} or {\"slug\"} of an existing topic, or inline {\"name\", \"parent\"} (found or created "
        + "the same way).")
public record TopicChoice(
        @Size(max = 36) String id,
        @Size(max = 200) String slug,
        @Size(max = 200) String name,
        @Size(max = 200) String parent) {

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static TopicChoice reference(String idOrSlug) {
        return Ids.parse(idOrSlug).isPresent()
                ? new TopicChoice(idOrSlug, null, null, null)
                : new TopicChoice(null, null, idOrSlug, null);
    }

    @JsonCreator(mode = JsonCreator.Mode.PROPERTIES)
    public static TopicChoice of(@JsonProperty("id") String id, @JsonProperty("slug") String slug,
                                 @JsonProperty("name") String name, @JsonProperty("parent") String parent) {
        return new TopicChoice(id, slug, name, parent);
    }
}
