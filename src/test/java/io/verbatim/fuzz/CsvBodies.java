package io.verbatim.fuzz;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Flattens line objects into CSV (nested fields as camelCase columns: speaker.name is speakerName; lists joined
 * with ';'), quoting every cell.
 */
final class CsvBodies {

    private CsvBodies() {
    }

    static String csv(List<JsonNode> lines) {
        List<Map<String, String>> rows = new ArrayList<>();
        List<String> columns = new ArrayList<>();
        for (JsonNode line : lines) {
            Map<String, String> row = new LinkedHashMap<>();
            flatten("", line, row);
            row.keySet().forEach(column -> {
                if (!columns.contains(column)) {
                    columns.add(column);
                }
            });
            rows.add(row);
        }
        if (columns.isEmpty()) {
            columns.add("text");
        }
        StringBuilder csv = new StringBuilder(String.join(",", columns)).append('\n');
        for (Map<String, String> row : rows) {
            csv.append(columns.stream().map(c -> quote(row.getOrDefault(c, ""))).collect(Collectors.joining(",")))
                    .append('\n');
        }
        return csv.toString();
    }

    private static void flatten(String prefix, JsonNode value, Map<String, String> row) {
        if (value.isObject()) {
            value.properties().forEach(field -> flatten(prefix.isEmpty() ? field.getKey()
                    : prefix + Character.toUpperCase(field.getKey().charAt(0)) + field.getKey().substring(1),
                    field.getValue(), row));
        } else if (value.isArray()) {
            List<String> items = new ArrayList<>();
            value.forEach(item -> items.add(item.isObject() && item.size() > 0
                    ? item.elements().next().asText() : item.asText()));
            row.put(prefix, String.join(";", items));
        } else if (!prefix.isEmpty()) {
            row.put(prefix, value.isNull() ? "" : value.asText());
        }
    }

    private static String quote(String cell) {
        return "\"" + cell.replace("\"", "\"\"") + "\"";
    }
}
