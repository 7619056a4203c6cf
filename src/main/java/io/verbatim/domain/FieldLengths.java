package io.verbatim.domain;

/**
 * The longest value each stored text field holds: the sizes of its column (Flyway migrations), which the request
 * records check with {@code @Size} and the response records declare with {@code @Schema(maxLength)}.
 */
public final class FieldLengths {

    public static final int UUID = 36;
    public static final int SPEAKER_NAME = 300;
    public static final int SPEAKER_SLUG = 300;
    public static final int WIKIDATA_ID = 20;
    public static final int SPEAKER_DESCRIPTION = 2000;
    public static final int ROLE_TITLE = 300;
    public static final int ROLE_ORGANIZATION = 300;
    public static final int ROLE_PARTY = 100;
    public static final int ROLE_JURISDICTION = 100;
    public static final int TOPIC_NAME = 200;
    public static final int TOPIC_SLUG = 200;
    public static final int SOURCE_URL = 2048;
    public static final int SOURCE_OUTLET = 200;
    public static final int SOURCE_TITLE = 1000;
    public static final int SOURCE_AUTHOR = 300;
    public static final int ATTRIBUTION = 1000;
    public static final int EXTERNAL_ID = 200;
    public static final int STATEMENT_TEXT = 10_000;
    public static final int LANGUAGE = 35;
    public static final int SPEAKER_ROLE = 500;
    public static final int CONTEXT = 1000;
    public static final int RETRACTION_REASON = 2000;
    public static final int API_KEY_NAME = 200;
    public static final int CLAIM_REVIEWED = 5000;
    public static final int CLAIMANT = 300;
    public static final int REVIEW_URL = 2048;
    public static final int REVIEW_TITLE = 1000;
    public static final int PUBLISHER_NAME = 300;
    public static final int PUBLISHER_SITE = 2048;
    public static final int REVIEW_AUTHOR = 300;
    public static final int RATING_LABEL = 500;

    private FieldLengths() {
    }
}
