package io.verbatim.api;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.media.Schema;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.Collections;

/**
 * Makes every nullable reference honest: SmallRye writes some {@code nullable = true} object properties as
 * {@code type: object} beside {@code anyOf: [$ref, {type: null}]}, which a JSON Schema validator reads as "never
 * null" (found by the contract fuzzer: {@code onBehalfOf: null} failed its own spec). Such a type gets {@code null}.
 */
@OpenApiFilter(OpenApiFilter.RunStage.BOTH)
public class NullableTypesOpenApiFilter implements OASFilter {

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getComponents() == null || openAPI.getComponents().getSchemas() == null) {
            return;
        }
        Set<Schema> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        openAPI.getComponents().getSchemas().values().forEach(schema -> visit(schema, seen));
    }

    private static void visit(Schema schema, Set<Schema> seen) {
        if (schema == null || !seen.add(schema)) {
            return;
        }
        List<Schema.SchemaType> types = schema.getType();
        if (types != null && !types.isEmpty() && !types.contains(Schema.SchemaType.NULL) && allowsNull(schema.getAnyOf())) {
            List<Schema.SchemaType> nullable = new ArrayList<>(types);
            nullable.add(Schema.SchemaType.NULL);
            schema.setType(nullable);
        }
        Map<String, Schema> properties = schema.getProperties();
        if (properties != null) {
            properties.values().forEach(property -> visit(property, seen));
        }
        visit(schema.getItems(), seen);
        for (List<Schema> parts : java.util.Arrays.asList(schema.getAnyOf(), schema.getOneOf(), schema.getAllOf())) {
            if (parts != null) {
                parts.forEach(part -> visit(part, seen));
            }
        }
    }

    private static boolean allowsNull(List<Schema> anyOf) {
        if (anyOf == null) {
            return false;
        }
        for (Schema option : anyOf) {
            if (option.getType() != null && option.getType().equals(List.of(Schema.SchemaType.NULL))) {
                return true;
            }
        }
        return false;
    }
}
