package io.verbatim.fuzz;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/** One generated HTTP request, with a short description of what was done to it (for the failure report). */
record FuzzRequest(OpenApiDocument.Operation operation, String method, String pathAndQuery, String resourcePath,
                   List<Map.Entry<String, String>> headers, byte[] body, List<String> variants) {

    String describe() {
        StringBuilder text = new StringBuilder(method).append(' ').append(abbreviate(pathAndQuery, 300));
        text.append("\n      variants: ").append(String.join(", ", variants));
        headers.forEach(h -> text.append("\n      ").append(h.getKey()).append(": ").append(abbreviate(h.getValue(), 80)));
        if (body != null) {
            text.append("\n      body (").append(body.length).append(" bytes): ")
                    .append(abbreviate(new String(body, StandardCharsets.UTF_8), 400));
        }
        return text.toString();
    }

    static String abbreviate(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max) + "... (" + text.length() + " chars)";
    }
}
