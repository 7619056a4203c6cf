package io.verbatim.problem;

import com.fasterxml.jackson.databind.JsonMappingException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Path;

/** Names a field at fault the way clients write it: {@code sources[0].url}. */
public final class FieldPaths {

    private FieldPaths() {
    }

    /** The JSON path of a value Jackson could not read; empty when the JSON itself is malformed. */
    public static String of(JsonMappingException exception) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference reference : exception.getPath()) {
            if (reference.getFieldName() != null) {
                if (!path.isEmpty()) {
                    path.append('.');
                }
                path.append(reference.getFieldName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    /** The property path inside the validated bean, leaving out method and parameter nodes. */
    public static String propertyPath(ConstraintViolation<?> violation) {
        StringBuilder property = new StringBuilder();
        for (Path.Node node : violation.getPropertyPath()) {
            if (node.getKind() != jakarta.validation.ElementKind.PROPERTY
                    && node.getKind() != jakarta.validation.ElementKind.CONTAINER_ELEMENT) {
                continue;
            }
            if (node.isInIterable()) {
                property.append('[').append(node.getIndex() != null ? node.getIndex() : node.getKey()).append(']');
            }
            if (node.getName() != null && !node.getName().startsWith("<")) {
                if (!property.isEmpty()) {
                    property.append('.');
                }
                property.append(node.getName());
            }
        }
        return property.toString();
    }

    /** The method parameter a violation is about, or empty. */
    public static String parameter(ConstraintViolation<?> violation) {
        String parameter = "";
        for (Path.Node node : violation.getPropertyPath()) {
            if (node.getKind() == jakarta.validation.ElementKind.PARAMETER) {
                parameter = node.getName();
            }
        }
        return parameter;
    }
}
