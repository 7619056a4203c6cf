package io.verbatim.curation;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.verbatim.domain.FieldLengths;
import io.verbatim.domain.Ids;
import io.verbatim.domain.SpeakerKind;
import io.verbatim.importing.RoleInput;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/**
 * A speaker named in a statement body: an id or slug written as a string, or an object with {@code id}, {@code slug}
 * or, inline as in the import format, {@code name} (found by slug or alias, else created with the other fields).
 */
@Schema(name = "SpeakerChoice", description = "A speaker as a string, as in the import format: an id, else found "
        + "by slug (\"rand-paul\", or a merged speaker's old slug), then by name or alias (\"Rand Paul\"), else "
        + "created with that name. Or an object: {\"id\"} or {\"slug\"} of an existing speaker, or inline {\"name\", "
        + "\"kind\", \"aliases\", \"wikidataId\", \"description\", \"roles\"} (found or created the same way).")
public record SpeakerChoice(
        @Size(max = 36) String id,
        @Size(max = 300) String slug,
        @Size(max = 300) String name,
        SpeakerKind kind,
        @Size(max = 50) List<@NotBlank @Size(max = 300) String> aliases,
        @Size(max = FieldLengths.WIKIDATA_ID)
        @Pattern(regexp = "^Q[1-9][0-9]*$", message = "must be a Wikidata item id such as Q42") String wikidataId,
        @Size(max = 2000) String description,
        @Size(max = 50) List<@NotNull @Valid RoleInput> roles) {

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static SpeakerChoice reference(String idOrSlug) {
        return Ids.parse(idOrSlug).isPresent()
                ? new SpeakerChoice(idOrSlug, null, null, null, null, null, null, null)
                : new SpeakerChoice(null, null, idOrSlug, null, null, null, null, null);
    }

    @JsonCreator(mode = JsonCreator.Mode.PROPERTIES)
    public static SpeakerChoice of(@JsonProperty("id") String id, @JsonProperty("slug") String slug,
                                   @JsonProperty("name") String name, @JsonProperty("kind") SpeakerKind kind,
                                   @JsonProperty("aliases") List<String> aliases,
                                   @JsonProperty("wikidataId") String wikidataId,
                                   @JsonProperty("description") String description,
                                   @JsonProperty("roles") List<RoleInput> roles) {
        return new SpeakerChoice(id, slug, name, kind, aliases, wikidataId, description, roles);
    }
}
