package io.verbatim.api;

/** Texts and examples shared by the OpenAPI annotations of several resources. */
final class ApiDocs {

    static final String PROBLEM_JSON = "application/problem+json";

    static final String LIMIT = "Items per page, from 1 to 100.";
    static final String CURSOR = "Opaque token from the previous page's `nextCursor`; omit for the first page.";
    static final String CURSOR_EXAMPLE = "djEfbmV3ZXN0HzIwMTgtMDktMjUfMmQ0ZjlhYjAtOWI2Ny00YzFjLWE4YzMtNWUxZjBmNmE3YjJj";

    static final String BAD_PARAMETER_EXAMPLE = """
            {"type": "/problems/invalid-parameter", "title": "Invalid parameter", "status": 400,
             "detail": "Query parameter 'limit' must be an integer from 1 to 100.",
             "instance": "/api/v1/statements",
             "errors": [{"field": "limit", "in": "query", "detail": "must be an integer from 1 to 100"}]}
            """;

    static final String NOT_FOUND_EXAMPLE = """
            {"type": "/problems/not-found", "title": "Resource not found", "status": 404,
             "detail": "No statement has the id 3f2c1d4e-5b6a-4789-8abc-0123456789ab.",
             "instance": "/api/v1/statements/3f2c1d4e-5b6a-4789-8abc-0123456789ab"}
            """;

    static final String STATEMENT_EXAMPLE = """
            {"id": "2d4f9ab0-9b67-4c1c-a8c3-5e1f0f6a7b2c", "externalId": "dailybeast-2018-09-25-gor",
             "text": "Senator Rand Paul believes that dialogue and diplomacy are vitally important to global peace. It is important to remember that the United States and Russia hold more than 90% of all nuclear weapons. While there is plenty we might disagree on, we won’t be able to resolve those difference if the two sides aren’t engaging in dialogue.",
             "kind": "DIRECT", "language": "en",
             "speaker": {"id": "6b1e3f7a-0c2d-4e5f-9a8b-7c6d5e4f3a2b", "slug": "sergio-gor", "name": "Sergio Gor", "kind": "PERSON"},
             "onBehalfOf": {"id": "0a9b8c7d-6e5f-4a3b-8c2d-1e0f9a8b7c6d", "slug": "rand-paul", "name": "Rand Paul", "kind": "PERSON"},
             "speakerRole": "deputy chief of staff to Sen. Rand Paul",
             "saidOn": "2018-09-25", "datePrecision": "DAY", "context": "told The Daily Beast",
             "topics": [{"slug": "nuclear-weapons", "name": "Nuclear weapons"}, {"slug": "us-russia-relations", "name": "US–Russia relations"}],
             "sources": [
               {"id": "5e4d3c2b-1a09-4f8e-8d7c-6b5a49382716", "url": "https://www.thedailybeast.com/rand-paul-wants-to-scrap-some-us-sanctions-on-russia",
                "outlet": "The Daily Beast", "title": "Rand Paul Wants to Scrap Some U.S. Sanctions on Russia", "publishedOn": "2018-09-25",
                "attribution": "Sergio Gor, the senator’s deputy chief of staff, told The Daily Beast"},
               {"id": "7f6e5d4c-3b2a-4190-8f7e-6d5c4b3a2918", "url": "https://www.rollcall.com/2018/09/26/rand-paul-pitches-easing-sanctions-on-russian-lawmakers/",
                "outlet": "Roll Call", "title": "Rand Paul pitches easing sanctions on Russian lawmakers", "publishedOn": "2018-09-26",
                "attribution": "a Paul spokesman said"}],
             "status": "PUBLISHED", "retractionReason": null,
             "createdAt": "2026-11-29T21:00:00Z", "updatedAt": "2026-11-29T21:00:00Z", "version": 0}
            """;

    static final String STATEMENT_PAGE_EXAMPLE = "{\"items\": [" + STATEMENT_EXAMPLE
            + "], \"nextCursor\": null, \"total\": 1, \"totalRelation\": \"eq\", \"facets\": {}}";

    static final String STATEMENT_SEARCH_EXAMPLE = """
            {"items": [{"id": "2d4f9ab0-9b67-4c1c-a8c3-5e1f0f6a7b2c", "externalId": "dailybeast-2018-09-25-gor",
              "text": "… the United States and Russia hold more than 90% of all nuclear weapons. …",
              "kind": "DIRECT", "language": "en",
              "speaker": {"id": "6b1e3f7a-0c2d-4e5f-9a8b-7c6d5e4f3a2b", "slug": "sergio-gor", "name": "Sergio Gor", "kind": "PERSON"},
              "onBehalfOf": {"id": "0a9b8c7d-6e5f-4a3b-8c2d-1e0f9a8b7c6d", "slug": "rand-paul", "name": "Rand Paul", "kind": "PERSON"},
              "speakerRole": "deputy chief of staff to Sen. Rand Paul", "saidOn": "2018-09-25", "datePrecision": "DAY",
              "context": "told The Daily Beast", "topics": [{"slug": "nuclear-weapons", "name": "Nuclear weapons"}],
              "sources": [], "status": "PUBLISHED", "retractionReason": null,
              "createdAt": "2026-11-29T21:00:00Z", "updatedAt": "2026-11-29T21:00:00Z", "version": 0,
              "score": 0.1, "highlight": "… the United States and Russia hold more than 90% of all <mark>nuclear</mark> weapons. …"}],
             "nextCursor": null, "total": 1, "totalRelation": "eq",
             "facets": {"speaker": [{"value": "sergio-gor", "label": "Sergio Gor", "count": 1}]}}
            """;

    static final String SPEAKER_EXAMPLE = """
            {"id": "0a9b8c7d-6e5f-4a3b-8c2d-1e0f9a8b7c6d", "slug": "rand-paul", "name": "Rand Paul", "kind": "PERSON",
             "aliases": ["Sen. Rand Paul", "Randal Howard Paul"], "wikidataId": null,
             "description": "United States senator from Kentucky.",
             "roles": [{"title": "U.S. Senator", "organization": "United States Senate", "party": "Republican",
                        "jurisdiction": "Kentucky", "from": "2011-01-03", "to": null}],
             "statementCount": 0, "onBehalfCount": 2, "version": 0}
            """;

    static final String SPEAKER_PAGE_EXAMPLE = "{\"items\": [" + SPEAKER_EXAMPLE + "], \"nextCursor\": null}";

    static final String TOPIC_EXAMPLE = """
            {"id": "1c2d3e4f-5a6b-4c7d-8e9f-0a1b2c3d4e5f", "slug": "russia-sanctions", "name": "Russia sanctions",
             "parent": {"slug": "foreign-policy", "name": "Foreign policy"}, "statementCount": 2, "version": 0}
            """;

    static final String TOPIC_PAGE_EXAMPLE = "{\"items\": [" + TOPIC_EXAMPLE + "], \"nextCursor\": null}";

    static final String SOURCE_EXAMPLE = """
            {"id": "5e4d3c2b-1a09-4f8e-8d7c-6b5a49382716",
             "url": "https://www.thedailybeast.com/rand-paul-wants-to-scrap-some-us-sanctions-on-russia",
             "outlet": "The Daily Beast", "title": "Rand Paul Wants to Scrap Some U.S. Sanctions on Russia",
             "publishedOn": "2018-09-25", "author": null, "version": 0}
            """;

    static final String QUOTE_CHECK_CUT_REQUEST = """
            {"text": "“the United States and Russia hold more than 90% of all nuclear weapons”", "speaker": "Sergio Gor"}
            """;

    static final String QUOTE_CHECK_MISQUOTED_REQUEST = """
            {"text": "The United States and Russia hold 90% of all the nuclear weapons", "speaker": "Rand Paul",
             "saidOn": "2018-09-25"}
            """;

    static final String QUOTE_CHECK_RESULT_EXAMPLE = """
            {"verdict": "SAID_ON_BEHALF",
             "claimedSpeaker": {"id": "0a9b8c7d-6e5f-4a3b-8c2d-1e0f9a8b7c6d", "slug": "rand-paul", "name": "Rand Paul", "kind": "PERSON"},
             "attributedTo": {"id": "6b1e3f7a-0c2d-4e5f-9a8b-7c6d5e4f3a2b", "slug": "sergio-gor", "name": "Sergio Gor", "kind": "PERSON"},
             "onBehalfOf": {"id": "0a9b8c7d-6e5f-4a3b-8c2d-1e0f9a8b7c6d", "slug": "rand-paul", "name": "Rand Paul", "kind": "PERSON"},
             "firstPublished": null,
             "matches": [{"statement":\s""" + STATEMENT_EXAMPLE + """
               , "similarity": 0.769, "match": "NEAR", "start": 127, "end": 197,
               "differences": [{"op": "delete", "claimed": null, "recorded": "more"},
                               {"op": "delete", "claimed": null, "recorded": "than"},
                               {"op": "insert", "claimed": "the", "recorded": null}]}]}
            """;

    static final String QUOTE_CHECK_PROBLEM_EXAMPLE = """
            {"type": "/problems/invalid-body", "title": "Invalid request body", "status": 400,
             "detail": "Invalid request: text size must be between 0 and 2000.", "instance": "/api/v1/quote-checks",
             "errors": [{"field": "text", "in": "body", "detail": "size must be between 0 and 2000"}]}
            """;

    private ApiDocs() {
    }
}
