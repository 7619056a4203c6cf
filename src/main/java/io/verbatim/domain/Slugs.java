package io.verbatim.domain;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.HexFormat;
import java.util.Locale;
import java.util.regex.Pattern;

/** URL-safe identifiers derived from names: "Jeanne Shaheen" becomes {@code jeanne-shaheen}. */
public final class Slugs {

    private static final Pattern COMBINING_MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NOT_SLUG = Pattern.compile("[^a-z0-9]+");
    private static final Pattern EDGE_DASHES = Pattern.compile("^-+|-+$");
    public static final int MAX_LENGTH = 120;

    private Slugs() {
    }

    public static String of(String name) {
        String folded = Normalizer.normalize(foldSpecialLetters(name), Normalizer.Form.NFKD);
        String ascii = COMBINING_MARKS.matcher(folded).replaceAll("").toLowerCase(Locale.ROOT);
        String slug = EDGE_DASHES.matcher(NOT_SLUG.matcher(ascii).replaceAll("-")).replaceAll("");
        if (slug.length() > MAX_LENGTH) {
            slug = EDGE_DASHES.matcher(slug.substring(0, MAX_LENGTH)).replaceAll("");
        }
        return slug.isEmpty() ? hashed(name) : slug;
    }

    /** Names with no Latin letters or digits (e.g. in Chinese script) still get a stable, unique-enough slug. */
    private static String hashed(String name) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(Normalizer.normalize(name.strip(), Normalizer.Form.NFC).getBytes(StandardCharsets.UTF_8));
            return "x-" + HexFormat.of().formatHex(digest, 0, 6);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    /** Letters that Unicode decomposition does not reduce to ASCII. */
    private static String foldSpecialLetters(String name) {
        return name.replace("ß", "ss").replace("Æ", "AE").replace("æ", "ae").replace("Ø", "O").replace("ø", "o")
                .replace("Œ", "OE").replace("œ", "oe").replace("Ł", "L").replace("ł", "l").replace("Đ", "D")
                .replace("đ", "d").replace("Þ", "Th").replace("þ", "th").replace("ı", "i");
    }
}
