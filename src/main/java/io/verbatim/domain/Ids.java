package io.verbatim.domain;

import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

/** Parsing of the UUIDs used as ids, without exceptions for the ones that are not. */
public final class Ids {

    private static final Pattern UUID_TEXT =
            Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

    private Ids() {
    }

    public static Optional<UUID> parse(String text) {
        if (text == null || !UUID_TEXT.matcher(text).matches()) {
            return Optional.empty();
        }
        return Optional.of(UUID.fromString(text));
    }
}
