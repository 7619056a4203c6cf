package io.verbatim.api;

/** Examples of the review endpoints' bodies, for the contract. */
final class ReviewDocs {

    static final String REVIEW_INPUT_EXAMPLE = """
            {"claimReviewed": "The United States and Russia hold 90% of all nuclear weapons",
             "claimant": "Rand Paul", "claimDate": "2018-09-25",
             "url": "https://factcheck.example.org/2018/rand-paul-nukes",
             "title": "Do the US and Russia hold 90% of nuclear weapons?",
             "publisher": {"name": "FactCheck Example", "site": "https://factcheck.example.org"},
             "author": "Jane Checker", "datePublished": "2018-09-27", "language": "en",
             "rating": {"label": "Mostly true", "value": 4, "best": 5, "worst": 1}}
            """;

    /** A review without its version and closing brace. */
    private static final String REVIEW_FIELDS = """
            {"id": "6a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d",
             "statement": {"id": "2d4f9ab0-9b67-4c1c-a8c3-5e1f0f6a7b2c",
                           "text": "As we speak, the United States and Russia hold 90% of all nuclear weapons.",
                           "speaker": {"id": "7c9e6679-7425-40de-944b-e07fc1f90ae7", "slug": "rand-paul",
                                       "name": "Rand Paul", "kind": "PERSON"},
                           "saidOn": "2018-09-25"},
             "linked": true, "match": "EXCERPT", "unlinkedByEditor": false, "start": 13, "end": 74,
             "claimReviewed": "The United States and Russia hold 90% of all nuclear weapons",
             "claimant": "Rand Paul", "claimDate": "2018-09-25",
             "url": "https://factcheck.example.org/2018/rand-paul-nukes",
             "title": "Do the US and Russia hold 90% of nuclear weapons?",
             "publisher": {"name": "FactCheck Example", "site": "https://factcheck.example.org"},
             "author": "Jane Checker", "datePublished": "2018-09-27", "language": "en",
             "rating": {"label": "Mostly true", "value": 4.0, "best": 5.0, "worst": 1.0},
             "verdict": "MOSTLY_TRUE", "verdictFrom": "LABEL",
             "createdAt": "2018-09-27T10:00:00Z", "updatedAt": "2018-09-27T10:00:00Z\"""";

    static final String REVIEW_EXAMPLE = REVIEW_FIELDS + ", \"version\": 0}";

    static final String REVIEW_PAGE_EXAMPLE = "{\"items\": [" + REVIEW_EXAMPLE + "], \"nextCursor\": null}";

    static final String REVIEW_HISTORY_EXAMPLE = "[{\"revision\": 212, \"at\": \"2018-09-28T09:00:00Z\", "
            + "\"author\": \"Fact-check desk\", \"authorRole\": \"editor\", \"change\": \"LINKED\", \"review\": "
            + REVIEW_FIELDS + ", \"version\": 1}" + "}, {\"revision\": 201, "
            + "\"at\": \"2018-09-27T10:00:00Z\", \"author\": \"Fact-check importer\", \"authorRole\": \"editor\", "
            + "\"change\": \"CREATED\", \"review\": " + REVIEW_EXAMPLE + "}]";

    static final String REVIEW_PATCH_EXAMPLE = """
            {"statement": "2d4f9ab0-9b67-4c1c-a8c3-5e1f0f6a7b2c", "rating": {"label": "Half true"}}
            """;

    static final String CLAIM_REVIEW_LD_EXAMPLE = """
            {"@context": "https://schema.org", "@type": "ClaimReview",
             "@id": "https://verbatim.example/api/v1/reviews/6a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d",
             "url": "https://factcheck.example.org/2018/rand-paul-nukes",
             "name": "Do the US and Russia hold 90% of nuclear weapons?",
             "claimReviewed": "The United States and Russia hold 90% of all nuclear weapons",
             "datePublished": "2018-09-27", "inLanguage": "en",
             "author": {"@type": "Organization", "name": "FactCheck Example", "url": "https://factcheck.example.org"},
             "reviewRating": {"@type": "Rating", "ratingValue": 4.0, "bestRating": 5.0, "worstRating": 1.0,
                              "alternateName": "Mostly true", "name": "MOSTLY_TRUE"},
             "itemReviewed": {"@type": "Claim",
                              "@id": "https://verbatim.example/api/v1/statements/2d4f9ab0-9b67-4c1c-a8c3-5e1f0f6a7b2c",
                              "author": {"@type": "Person", "name": "Rand Paul"}, "datePublished": "2018-09-25",
                              "text": "As we speak, the United States and Russia hold 90% of all nuclear weapons.",
                              "appearance": [{"@type": "CreativeWork",
                                              "url": "https://www.thedailybeast.com/rand-paul-wants-to-scrap-some-us-sanctions-on-russia",
                                              "name": "Rand Paul Wants to Scrap Some U.S. Sanctions on Russia",
                                              "publisher": {"@type": "Organization", "name": "The Daily Beast"},
                                              "datePublished": "2018-09-25"}],
                              "firstAppearance": {"@type": "CreativeWork",
                                              "url": "https://www.thedailybeast.com/rand-paul-wants-to-scrap-some-us-sanctions-on-russia",
                                              "name": "Rand Paul Wants to Scrap Some U.S. Sanctions on Russia",
                                              "publisher": {"@type": "Organization", "name": "The Daily Beast"},
                                              "datePublished": "2018-09-25"}}}
            """;

    private ReviewDocs() {
    }
}
