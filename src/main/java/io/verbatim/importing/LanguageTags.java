package io.verbatim.importing;

/** The shape of a BCP 47 language tag (language, optional script, region and variants), checked loosely. */
public final class LanguageTags {

    public static final String PATTERN = "^[a-zA-Z]{2,3}(-[a-zA-Z]{4})?(-([a-zA-Z]{2}|[0-9]{3}))?(-[a-zA-Z0-9]{5,8})*$";

    private LanguageTags() {
    }
}
