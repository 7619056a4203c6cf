package io.verbatim.importing;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.verbatim.domain.FieldLengths;
import io.verbatim.domain.SpeakerKind;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/** A speaker named in an import line: matched by slug, then alias, else created with these details. */
@Schema(description = "A speaker by name; the other fields enrich a new or existing speaker.")
public record SpeakerInput(
        @NotBlank @Size(max = 300) String name,
        SpeakerKind kind,
        @Size(max = 50) List<@NotBlank @Size(max = 300) String> aliases,
        @Size(max = FieldLengths.WIKIDATA_ID)
        @Pattern(regexp = "^Q[1-9][0-9]*$", message = "must be a Wikidata item id such as Q42") String wikidataId,
        @Size(max = 2000) String description,
        @Size(max = 50) List<@NotNull @Valid RoleInput> roles) {

    /** A plain string is the name (or slug), as in statement bodies. */
    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static SpeakerInput named(String name) {
        return new SpeakerInput(name, null, null, null, null, null);
    }

    @JsonCreator(mode = JsonCreator.Mode.PROPERTIES)
    public static SpeakerInput of(@JsonProperty("name") String name,
                                  @JsonProperty("kind") SpeakerKind kind,
                                  @JsonProperty("aliases") List<String> aliases,
                                  @JsonProperty("wikidataId") String wikidataId,
                                  @JsonProperty("description") String description,
                                  @JsonProperty("roles") List<RoleInput> roles) {
        return new SpeakerInput(name, kind, aliases, wikidataId, description, roles);
    }
}
