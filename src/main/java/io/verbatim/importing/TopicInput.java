package io.verbatim.importing;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A topic by name, written as a plain string or as {"name", "parent"}; the parent is resolved the same way. */
public record TopicInput(@NotBlank @Size(max = 200) String name, @Size(max = 200) String parent) {

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static TopicInput named(String name) {
        return new TopicInput(name, null);
    }

    @JsonCreator(mode = JsonCreator.Mode.PROPERTIES)
    public static TopicInput of(@JsonProperty("name") String name, @JsonProperty("parent") String parent) {
        return new TopicInput(name, parent);
    }
}
