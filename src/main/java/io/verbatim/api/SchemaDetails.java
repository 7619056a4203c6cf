package io.verbatim.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.verbatim.domain.FieldLengths;
import io.verbatim.view.SchemaBounds;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.media.Schema;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What the annotations cannot say about schemas: the longest text of the java.time and UUID types, the bodies
 * whose speaker, topic or source may be a string or an object, and NDJSON examples kept as the text lines they are.
 */
final class SchemaDetails {

    /** Choice schemas, with the longest string form each accepts (the slug or URL it is read into). */
    private static final Map<String, Integer> CHOICES = Map.of(
            "SpeakerChoice", FieldLengths.SPEAKER_SLUG,
            "TopicChoice", FieldLengths.TOPIC_SLUG,
            "SourceChoice", FieldLengths.SOURCE_URL);
    private static final Map<String, String> CHOICE_STRINGS = Map.of(
            "SpeakerChoice", "The speaker's id or slug.",
            "TopicChoice", "The topic's id or slug.",
            "SourceChoice", "The source's id or URL.");
    /** The schemas SmallRye makes for java.util.UUID and java.time types, with their longest text. */
    private static final Map<String, Integer> SCALAR_LENGTHS = Map.of(
            "UUID", FieldLengths.UUID,
            "Instant", SchemaBounds.ISO_INSTANT,
            "LocalDate", SchemaBounds.ISO_DATE);
    private static final String NDJSON = "application/x-ndjson";
    private static final ObjectMapper JSON = new ObjectMapper();

    private SchemaDetails() {
    }

    static void apply(OpenAPI openAPI) {
        Components components = openAPI.getComponents();
        Map<String, Schema> schemas = components.getSchemas();
        SCALAR_LENGTHS.forEach((name, maxLength) -> bound(schemas.get(name), maxLength));
        CHOICES.forEach((name, maxLength) -> {
            Schema object = schemas.get(name);
            if (object != null) {
                components.addSchema(name, stringOrObject(object, maxLength, CHOICE_STRINGS.get(name)));
            }
        });
        components.getSchemas().values().forEach(SchemaDetails::untypeChoiceReferences);
        components.getSchemas().values().forEach(SchemaDetails::nullableReferences);
        for (PathItem path : openAPI.getPaths().getPathItems().values()) {
            for (Operation operation : path.getOperations().values()) {
                if (operation.getRequestBody() != null) {
                    ndjsonExamplesAsText(operation.getRequestBody().getContent());
                }
                operation.getResponses().getAPIResponses().values()
                        .forEach(response -> ndjsonExamplesAsText(response.getContent()));
            }
        }
    }

    private static void bound(Schema schema, int maxLength) {
        if (schema != null) {
            schema.maxLength(maxLength);
        }
    }

    private static Schema stringOrObject(Schema object, int maxLength, String stringDescription) {
        String description = object.getDescription();
        object.description(null);
        return OASFactory.createSchema()
                .description(description)
                .oneOf(List.of(
                        OASFactory.createSchema().addType(Schema.SchemaType.STRING).maxLength(maxLength)
                                .description(stringDescription),
                        object));
    }

    /** A property that refers to a choice says {@code type: object} beside the reference; a string is fine too. */
    private static void untypeChoiceReferences(Schema schema) {
        if (schema.getProperties() == null) {
            return;
        }
        for (Schema property : schema.getProperties().values()) {
            String ref = property.getRef();
            if (ref != null && CHOICES.keySet().stream().anyMatch(ref::endsWith)) {
                property.setType(null);
            }
        }
    }

    /**
     * A nullable property that refers to a scalar or object schema is {@code anyOf: [ref, null]} beside a type that
     * SmallRye does not always widen to null, nor bound like the schema it refers to.
     */
    private static void nullableReferences(Schema schema) {
        if (schema.getProperties() == null) {
            return;
        }
        for (Schema property : schema.getProperties().values()) {
            List<Schema> anyOf = property.getAnyOf();
            if (anyOf == null || anyOf.stream().noneMatch(SchemaDetails::isNull)) {
                continue;
            }
            List<Schema.SchemaType> type = property.getType();
            if (type != null && !type.contains(Schema.SchemaType.NULL)) {
                property.addType(Schema.SchemaType.NULL);
            }
            anyOf.stream().map(Schema::getRef).filter(Objects::nonNull).forEach(ref -> {
                Integer maxLength = SCALAR_LENGTHS.get(ref.substring(ref.lastIndexOf('/') + 1));
                if (maxLength != null) {
                    property.maxLength(maxLength);
                }
            });
        }
    }

    private static boolean isNull(Schema schema) {
        return schema.getType() != null && schema.getType().equals(List.of(Schema.SchemaType.NULL));
    }

    /** SmallRye reads an example that looks like JSON as JSON; an NDJSON line is text. */
    private static void ndjsonExamplesAsText(Content content) {
        if (content == null || content.getMediaTypes() == null) {
            return;
        }
        MediaType ndjson = content.getMediaTypes().get(NDJSON);
        if (ndjson == null || ndjson.getExamples() == null) {
            return;
        }
        ndjson.getExamples().values().forEach(example -> {
            Object value = example.getValue();
            if (value != null && !(value instanceof String)) {
                try {
                    example.setValue(JSON.writeValueAsString(value) + "\n");
                } catch (JsonProcessingException e) {
                    throw new IllegalStateException("An NDJSON example could not be written back as text", e);
                }
            }
        });
    }
}
