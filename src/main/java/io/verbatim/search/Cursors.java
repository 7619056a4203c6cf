package io.verbatim.search;

import io.verbatim.problem.ProblemException;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;

/**
 * Opaque paging tokens: the sort they belong to and the key of the last row served, base64url-encoded. A token that
 * does not decode to the expected sort and number of parts is rejected as a bad {@code cursor} parameter.
 */
public final class Cursors {

    private static final String VERSION = "v1";
    private static final String SEPARATOR = "\u001f";

    private Cursors() {
    }

    public static String encode(String sort, String... keys) {
        String plain = VERSION + SEPARATOR + sort + SEPARATOR + String.join(SEPARATOR, keys);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(plain.getBytes(StandardCharsets.UTF_8));
    }

    /** The keys of a cursor made by {@link #encode} for {@code sort}, or a 400 problem naming {@code cursor}. */
    public static List<String> decode(String token, String sort, int keyCount) {
        String plain;
        try {
            plain = new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException notBase64) {
            throw invalid();
        }
        List<String> parts = List.of(plain.split(SEPARATOR, -1));
        if (parts.size() != keyCount + 2 || !parts.get(0).equals(VERSION) || !parts.get(1).equals(sort)) {
            throw invalid();
        }
        return parts.subList(2, parts.size());
    }

    public static ProblemException invalid() {
        return ProblemException.invalidQuery("cursor",
                "is not a cursor issued for this listing; pass the nextCursor of the previous page unchanged");
    }
}
