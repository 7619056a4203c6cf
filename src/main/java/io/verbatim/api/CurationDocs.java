package io.verbatim.api;

/** Texts and examples shared by the OpenAPI annotations of the write, import and export routes. */
final class CurationDocs {

    static final String BEARER = "bearer";
    static final String API_KEY = "apiKey";

    static final String UNAUTHORIZED =
            "No API key, or an unknown or revoked one; `WWW-Authenticate: Bearer realm=\"verbatim\"`.";
    static final String FORBIDDEN = "The key's role does not allow this route.";
    static final String UNAUTHORIZED_EXAMPLE = """
            {"type": "/problems/unauthorized", "title": "Authentication required", "status": 401,
             "detail": "Send an API key as 'Authorization: Bearer <key>' or 'X-API-Key: <key>'.",
             "instance": "/api/v1/statements"}
            """;
    static final String FORBIDDEN_EXAMPLE = """
            {"type": "/problems/forbidden", "title": "Forbidden", "status": 403,
             "detail": "This API key's role does not allow this request.", "instance": "/api/v1/admin/api-keys"}
            """;
    static final String INVALID_BODY_EXAMPLE = """
            {"type": "/problems/invalid-body", "title": "Invalid request body", "status": 400,
             "detail": "Invalid request: saidOn must be a date in the past or in the present.",
             "instance": "/api/v1/statements",
             "errors": [{"field": "saidOn", "in": "body", "detail": "must be a date in the past or in the present"}]}
            """;
    static final String PRECONDITION_FAILED_EXAMPLE = """
            {"type": "/problems/precondition-failed", "title": "Precondition failed", "status": 412,
             "detail": "If-Match \\"3\\" is not the current ETag \\"4\\": the statement changed since it was read.",
             "instance": "/api/v1/statements/2d4f9ab0-9b67-4c1c-a8c3-5e1f0f6a7b2c"}
            """;
    static final String PRECONDITION_REQUIRED_EXAMPLE = """
            {"type": "/problems/precondition-required", "title": "Precondition required", "status": 428,
             "detail": "Send If-Match with the ETag of the version you edited.",
             "instance": "/api/v1/statements/2d4f9ab0-9b67-4c1c-a8c3-5e1f0f6a7b2c"}
            """;

    static final String API_KEY_EXAMPLE = """
            {"id": "9c8b7a69-5847-4362-9150-4f3e2d1c0b0a", "name": "Newsroom importer", "role": "editor",
             "createdAt": "2026-11-29T21:00:00Z", "revokedAt": null, "lastUsedAt": "2026-11-29T21:05:00Z"}
            """;
    static final String API_KEY_LIST_EXAMPLE = "{\"items\": [" + API_KEY_EXAMPLE + "]}";
    static final String CREATED_API_KEY_EXAMPLE = """
            {"id": "9c8b7a69-5847-4362-9150-4f3e2d1c0b0a", "name": "Newsroom importer", "role": "editor",
             "createdAt": "2026-11-29T21:00:00Z", "key": "vbk_Qm9vdHN0cmFwIGtleSBleGFtcGxlIG9ubHkgMTIzNDU"}
            """;

    static final String MERGE_PATCH_JSON = "application/merge-patch+json";
    static final String IF_MATCH = "The `ETag` of the version being edited, from its GET; required.";
    static final String IF_MATCH_OPTIONAL =
            "The `ETag` of the version being changed; when given, a stale one is a 412.";
    static final String ETAG_HEADER = "Strong tag `\"<id>-<version>\"` of the new version.";

    static final String STATEMENT_INPUT_EXAMPLE = """
            {"externalId": "dailybeast-2018-09-25-shaheen",
             "text": "Thanks, but no thanks.", "kind": "DIRECT", "language": "en",
             "speaker": "jeanne-shaheen", "speakerRole": "U.S. Senator (D-NH)",
             "saidOn": "2018-09-25", "datePrecision": "DAY", "context": "said in a statement",
             "topics": ["russia-sanctions", {"name": "Senate amendments", "parent": "Foreign policy"}],
             "sources": [{"url": "https://www.thedailybeast.com/rand-paul-wants-to-scrap-some-us-sanctions-on-russia",
                          "attribution": "Shaheen said in a statement"}]}
            """;
    static final String MERGE_PATCH_EXAMPLE = """
            {"speakerRole": "Senior U.S. Senator (D-NH)", "context": null}
            """;

    private CurationDocs() {
    }
}
