package io.verbatim.fuzz;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Identifiers seen in answers, by collection (the path segment before a path parameter, e.g. {@code statements}):
 * those the fuzzer created itself may be changed, those it only read (sample data, other tests' data) are only read.
 * ETags seen are kept by resource path, for conditional requests.
 */
final class IdPools {

    private static final int MAX_PER_POOL = 200;

    private final Map<String, List<String>> owned = new LinkedHashMap<>();
    private final Map<String, List<String>> seen = new LinkedHashMap<>();
    private final Map<String, String> etags = new LinkedHashMap<>();

    /** Remembers the ids and slugs of the item(s) in an answer from this collection. */
    void harvest(String collection, JsonNode body, boolean createdByFuzzer) {
        if (body == null || collection == null) {
            return;
        }
        if (body.isObject() && body.has("items") && body.get("items").isArray()) {
            body.get("items").forEach(item -> harvest(collection, item, createdByFuzzer));
            return;
        }
        if (body.isObject()) {
            for (String key : List.of("id", "slug")) {
                if (body.path(key).isTextual()) {
                    add(createdByFuzzer ? owned : seen, collection, body.get(key).asText());
                    add(seen, collection, body.get(key).asText());
                }
            }
        }
    }

    void etag(String resourcePath, String etag) {
        if (etag != null) {
            etags.put(resourcePath, etag);
        }
    }

    String etag(String resourcePath) {
        return etags.get(resourcePath);
    }

    /** An owned id of this collection, or any owned id if it has none, or null. */
    String owned(String collection, int pick) {
        List<String> values = owned.getOrDefault(collection, List.of());
        if (values.isEmpty()) {
            List<String> all = new ArrayList<>();
            owned.values().forEach(all::addAll);
            values = all;
        }
        return values.isEmpty() ? null : values.get(Math.floorMod(pick, values.size()));
    }

    String seen(String collection, int pick) {
        List<String> values = seen.getOrDefault(collection, List.of());
        return values.isEmpty() ? null : values.get(Math.floorMod(pick, values.size()));
    }

    int ownedCount() {
        return owned.values().stream().mapToInt(List::size).sum();
    }

    private static void add(Map<String, List<String>> pools, String collection, String value) {
        List<String> pool = pools.computeIfAbsent(collection, c -> new ArrayList<>());
        if (pool.contains(value)) {
            return;
        }
        if (pool.size() >= MAX_PER_POOL) {
            pool.remove(0);
        }
        pool.add(value);
    }
}
