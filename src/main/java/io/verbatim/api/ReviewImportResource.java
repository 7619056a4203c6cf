package io.verbatim.api;

import io.verbatim.problem.Problem;
import io.verbatim.reviews.ReviewImportReport;
import io.verbatim.reviews.ReviewImporter;
import io.verbatim.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;

/** Bulk import of fact-checks: schema.org ClaimReview JSON-LD, or Google Fact Check Tools claims:search answers. */
@Path("/api/v1/import/reviews")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.EDITOR)
@SecurityRequirement(name = CurationDocs.BEARER, scopes = Roles.EDITOR)
@SecurityRequirement(name = CurationDocs.API_KEY, scopes = Roles.EDITOR)
@Tag(name = "Reviews")
public class ReviewImportResource {

    static final String LD_JSON = "application/ld+json";

    static final String CLAIM_REVIEW_EXAMPLE = """
            {"@context": "https://schema.org", "@type": "ClaimReview",
             "url": "https://factcheck.example.org/2018/rand-paul-nukes",
             "name": "Do the US and Russia hold 90% of nuclear weapons?",
             "claimReviewed": "The United States and Russia hold 90% of all nuclear weapons",
             "datePublished": "2018-09-27", "inLanguage": "en",
             "author": {"@type": "Organization", "name": "FactCheck Example", "url": "https://factcheck.example.org"},
             "itemReviewed": {"@type": "Claim", "datePublished": "2018-09-25",
                              "author": {"@type": "Person", "name": "Rand Paul"}},
             "reviewRating": {"@type": "Rating", "ratingValue": 4, "bestRating": 5, "worstRating": 1,
                              "alternateName": "Mostly true"}}
            """;

    static final String FACT_CHECK_TOOLS_EXAMPLE = """
            {"claims": [{"text": "The United States and Russia hold 90% of all nuclear weapons",
                         "claimant": "Rand Paul", "claimDate": "2018-09-25T00:00:00Z",
                         "claimReview": [{"publisher": {"name": "Vérif Exemple", "site": "verif.example.fr"},
                                          "url": "https://verif.example.fr/2018/09/armes-nucleaires",
                                          "title": "Les États-Unis et la Russie détiennent-ils 90 % des armes nucléaires ?",
                                          "reviewDate": "2018-09-28T08:00:00Z", "textualRating": "Plutôt vrai",
                                          "languageCode": "fr"}]}],
             "nextPageToken": "CAE"}
            """;

    static final String REPORT_EXAMPLE = """
            {"linked": 2, "unlinked": 1, "unchanged": 0, "failed": 1,
             "errors": [{"line": 4, "field": "url", "detail": "must not be blank"}],
             "warnings": [{"line": 3, "field": "reviewRating.alternateName",
                           "detail": "'Four bananas' is not in the verdict table: verdict OTHER"}]}
            """;

    private final ReviewImporter importer;

    public ReviewImportResource(ReviewImporter importer) {
        this.importer = importer;
    }

    @POST
    @Consumes({MediaType.APPLICATION_JSON, LD_JSON, ImportResource.NDJSON, "application/ndjson"})
    @Operation(operationId = "importReviews", summary = "Import fact-checks in bulk",
            description = "Takes schema.org `ClaimReview` JSON-LD as fact-checkers publish it in their pages (one "
                    + "object, an array, an `@graph`, or NDJSON with one per line) or the JSON answer of Google Fact "
                    + "Check Tools' `claims:search` (`claims[].text, claimant, claimDate, claimReview[].publisher, url, "
                    + "title, reviewDate, textualRating, languageCode`; each claimReview is one review). Idempotent by "
                    + "review URL: a stored review is updated when its content differs and counted `unchanged` "
                    + "otherwise; a link or verdict an editor set is kept. Each review is linked through the quote "
                    + "check as in `POST /reviews` (`claimant` = `itemReviewed.author.name`). `line` in errors and "
                    + "warnings is the NDJSON line, the array element, or the claim (from 1). An item without `url` "
                    + "or `claimReviewed` (`text`) is an error naming the field, and nothing of it is stored; an "
                    + "unknown rating label is a warning (verdict OTHER), never an error. In JSON-LD the publisher is "
                    + "`publisher`, else `author`, else the URL's host.")
    @RequestBody(required = true, content = {
            @Content(mediaType = LD_JSON, schema = @Schema(type = SchemaType.OBJECT,
                    description = "A ClaimReview, an array of them, or a document with an @graph."),
                    examples = @ExampleObject(name = "claim-review", value = CLAIM_REVIEW_EXAMPLE)),
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.OBJECT,
                    description = "A claims:search answer, or ClaimReview JSON-LD."),
                    examples = @ExampleObject(name = "claims-search", value = FACT_CHECK_TOOLS_EXAMPLE)),
            @Content(mediaType = ImportResource.NDJSON, schema = @Schema(type = SchemaType.STRING,
                    description = "One ClaimReview JSON object a line.",
                    maxLength = ImportResource.MAX_BODY_CHARACTERS))})
    @APIResponse(responseCode = "200", description = "What the import did: counts, refused items, warnings.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ReviewImportReport.class),
                    examples = @ExampleObject(name = "mixed", value = REPORT_EXAMPLE)))
    @APIResponse(responseCode = "400", description = "The body is not JSON at all (a JSON document) or is empty.",
            content = @Content(mediaType = ApiDocs.PROBLEM_JSON, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", description = CurationDocs.UNAUTHORIZED,
            content = @Content(mediaType = ApiDocs.PROBLEM_JSON, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "anonymous", value = CurationDocs.UNAUTHORIZED_EXAMPLE)))
    @APIResponse(responseCode = "403", description = CurationDocs.FORBIDDEN,
            content = @Content(mediaType = ApiDocs.PROBLEM_JSON, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "415", description = "The body is neither JSON, JSON-LD nor NDJSON.",
            content = @Content(mediaType = ApiDocs.PROBLEM_JSON, schema = @Schema(implementation = Problem.class)))
    public ReviewImportReport importReviews(@HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType,
                                            InputStream body) {
        var reader = new BufferedReader(new InputStreamReader(body, StandardCharsets.UTF_8), 64 * 1024);
        boolean ndjson = contentType != null && contentType.toLowerCase(java.util.Locale.ROOT).contains("ndjson");
        return ndjson ? importer.importNdjson(reader) : importer.importJson(reader);
    }
}
