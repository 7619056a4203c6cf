package io.verbatim.api;

/** Examples for the extraction endpoint's OpenAPI documentation. */
final class ExtractionDocs {

    private ExtractionDocs() {
    }

    static final String REQUEST_EXAMPLE = """
            {"text": "“Thanks, but no thanks,” Sen. Jeanne Shaheen (D-NH), who was denied a Russian visa last year, \
            told The Daily Beast. “This amendment would be a capitulation to Putin’s aggression.”\\n\\nDuring that \
            meeting, according to Paul’s office, the senator invited Kosachev to send Russian lawmakers to the U.S.",
             "language": "en",
             "source": {"url": "https://www.thedailybeast.com/rand-paul-wants-to-scrap-some-us-sanctions-on-russia",
                        "outlet": "The Daily Beast", "title": "Rand Paul Wants to Scrap Some U.S. Sanctions on Russia",
                        "publishedOn": "2018-09-25"}}""";

    static final String RESULT_EXAMPLE = """
            {"statements": [
              {"text": "Thanks, but no thanks. This amendment would be a capitulation to Putin’s aggression.",
               "kind": "DIRECT",
               "speaker": {"name": "Jeanne Shaheen", "descriptor": "Sen. Jeanne Shaheen (D-NH)",
                           "speakerId": "3f1c9a52-6f0e-4a8e-9a55-0d7a4b1e2c10"},
               "onBehalfOf": null, "speakerRole": null, "cue": "told The Daily Beast", "start": 1, "end": 181,
               "confidence": 0.95,
               "explain": ["quote-then-speaker-then-cue:told", "relative-clause-skipped", "party-state-tag", "name",
                           "title:Sen.", "split-quote:continuation"]},
              {"text": "the senator invited Kosachev to send Russian lawmakers to the U.S", "kind": "INDIRECT",
               "speaker": {"name": "Office of Rand Paul", "descriptor": "Paul’s office", "speakerId": null},
               "onBehalfOf": {"name": "Rand Paul", "speakerId": "5b0d2f0e-2c8e-4d57-a7a4-1f1e8e7c9d21"},
               "speakerRole": null, "cue": "according to", "start": 234, "end": 299, "confidence": 0.8,
               "explain": ["reported:according-to-first", "single-name", "office-of-principal:Paul"]}],
             "unattributed": []}""";

    static final String TOO_LONG_EXAMPLE = """
            {"type": "https://verbatim.io/problems/invalid-body", "title": "Invalid request body", "status": 400,
             "detail": "Field 'text' size must be between 0 and 100000.",
             "errors": [{"field": "text", "in": "body", "detail": "size must be between 0 and 100000"}]}""";
}
