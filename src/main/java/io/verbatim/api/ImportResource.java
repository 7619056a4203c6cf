package io.verbatim.api;

import io.verbatim.domain.RevisionAuthorListener;
import io.verbatim.importing.ImportJobs;
import io.verbatim.importing.ImportMode;
import io.verbatim.importing.ImportReport;
import io.verbatim.importing.ImportService;
import io.verbatim.problem.Problem;
import io.verbatim.problem.ProblemException;
import io.quarkus.security.identity.SecurityIdentity;
import io.verbatim.security.Roles;
import io.verbatim.view.ImportJobView;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;

/** Bulk import of statements, streamed from NDJSON or CSV. */
@Path("/api/v1/import")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.EDITOR)
@SecurityRequirement(name = CurationDocs.BEARER, scopes = Roles.EDITOR)
@SecurityRequirement(name = CurationDocs.API_KEY, scopes = Roles.EDITOR)
@Tag(name = "Import and export", description = "Statements in bulk, in the import format (NDJSON or CSV).")
public class ImportResource {

    static final String NDJSON = "application/x-ndjson";
    /** {@code quarkus.http.limits.max-body-size} (256M): no more bytes, so no more characters, are read. */
    static final int MAX_BODY_CHARACTERS = 256 * 1024 * 1024;
    static final String CSV = "text/csv";

    private static final String REPORT_EXAMPLE = """
            {"created": 2, "updated": 0, "unchanged": 1, "failed": 1,
             "errors": [{"line": 3, "field": "saidOn", "detail": "must be a date in the past or in the present"}]}
            """;
    static final String NDJSON_EXAMPLE = """
            {"externalId": "a1", "text": "Thanks, but no thanks.", "kind": "DIRECT", "language": "en", "speaker": {"name": "Jeanne Shaheen", "kind": "PERSON", "aliases": ["Sen. Jeanne Shaheen"]}, "speakerRole": "U.S. Senator (D-NH)", "saidOn": "2018-09-25", "datePrecision": "DAY", "context": "said in a statement", "topics": ["Russia sanctions"], "source": {"url": "https://www.thedailybeast.com/rand-paul-wants-to-scrap-some-us-sanctions-on-russia", "outlet": "The Daily Beast", "title": "Rand Paul Wants to Scrap Some U.S. Sanctions on Russia", "publishedOn": "2018-09-25", "attribution": "Shaheen said in a statement"}}
            """;
    static final String CSV_EXAMPLE = """
            externalId,text,kind,language,speakerName,speakerKind,speakerAliases,saidOn,topics,sourceUrl,sourceOutlet,sourceAttribution
            a1,"Thanks, but no thanks.",DIRECT,en,Jeanne Shaheen,PERSON,Sen. Jeanne Shaheen,2018-09-25,Russia sanctions;Foreign policy,https://www.thedailybeast.com/rand-paul-wants-to-scrap-some-us-sanctions-on-russia,The Daily Beast,Shaheen said in a statement
            """;

    static final String JOB_EXAMPLE = """
            {"id": "0b7c6f2e-3c1d-4a5b-9e8f-7a6b5c4d3e2f", "state": "queued", "mode": "best-effort",
             "format": "ndjson", "linesRead": 0, "created": 0, "updated": 0, "unchanged": 0, "failed": 0,
             "errors": [], "detail": null, "submittedAt": "2026-12-02T03:00:00Z", "startedAt": null,
             "finishedAt": null}
            """;
    static final String RESPOND_ASYNC = "respond-async";

    private final ImportService importer;
    private final ImportJobs jobs;
    private final SecurityIdentity identity;

    public ImportResource(ImportService importer, ImportJobs jobs, SecurityIdentity identity) {
        this.importer = importer;
        this.jobs = jobs;
        this.identity = identity;
    }

    @POST
    @Consumes({NDJSON, "application/ndjson", CSV})
    @Operation(operationId = "importStatements", summary = "Import statements in bulk",
            description = "Streams the body, one statement a line, and writes it in batches of 500. Speakers "
                    + "resolve by slug, then alias, else are created; topics by name, else created; sources by URL. "
                    + "A line whose `externalId` exists updates that statement when its content differs (a new "
                    + "history revision) and is `unchanged` otherwise; without an `externalId`, a line matches the "
                    + "same speaker, date and text. `mode=best-effort` (default) commits the valid lines and reports "
                    + "the rest; `mode=all-or-nothing` commits nothing unless every line is valid (then the counts "
                    + "are 0 and `errors` says why). At most 100,000 lines a request (VERBATIM_IMPORT_MAX_LINES) and "
                    + "256 MB; lines past the limit are reported, not read. Up to 1,000 errors are listed.\n\n"
                    + "`application/x-ndjson`: one JSON object a line, as in the example (`sources: [...]` also "
                    + "accepted; topics as names or `{\"name\", \"parent\"}`; speaker `roles` as in a Speaker).\n\n"
                    + "`text/csv`: a header row, then one statement a row; columns (any order, any subset): "
                    + "externalId, text, kind, language, speakerName, speakerKind, speakerAliases (`;`-separated), "
                    + "speakerWikidataId, speakerDescription, speakerRole, onBehalfOfName, saidOn, datePrecision, "
                    + "context, topics (`;`-separated names), sourceUrl, sourceOutlet, sourceTitle, "
                    + "sourcePublishedOn, sourceAuthor, sourceAttribution, status, retractionReason. "
                    + "`line` in errors counts the header as line 1.\n\n"
                    + "With `Prefer: respond-async` the body is spooled to disk and imported by a background job: "
                    + "the answer is 202 with the job and `Location: /api/v1/imports/{id}`, where its state, "
                    + "lines read, counts and errors so far can be followed; up to 10,000,000 lines "
                    + "(VERBATIM_IMPORT_MAX_LINES_ASYNC). Jobs run one at a time, in the order they came. A job "
                    + "that a crash or a stop interrupted is marked `failed` at the next start; sending the body "
                    + "again finishes it.")
    @RequestBody(required = true, content = {
            @Content(mediaType = NDJSON, schema = @Schema(type = SchemaType.STRING,
                    description = "One ImportLine JSON object a line.", maxLength = MAX_BODY_CHARACTERS),
                    examples = @ExampleObject(name = "one-line", value = NDJSON_EXAMPLE)),
            @Content(mediaType = CSV, schema = @Schema(type = SchemaType.STRING,
                    description = "A header row of import columns, then one statement a row.",
                    maxLength = MAX_BODY_CHARACTERS),
                    examples = @ExampleObject(name = "one-row", value = CSV_EXAMPLE))})
    @APIResponse(responseCode = "200", description = "What the import did, line by line counts and refused lines.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ImportReport.class),
                    examples = @ExampleObject(name = "mixed", value = REPORT_EXAMPLE)))
    @APIResponse(responseCode = "202", description = "With `Prefer: respond-async`: the import is queued; "
            + "`Location` names the job to follow.",
            headers = @org.eclipse.microprofile.openapi.annotations.headers.Header(name = "Location",
                    description = "The job: /api/v1/imports/{id}.",
                    schema = @Schema(type = SchemaType.STRING, format = "uri-reference", maxLength = 100)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ImportJobView.class),
                    examples = @ExampleObject(name = "queued", value = JOB_EXAMPLE)))
    @APIResponse(responseCode = "400", description = "`mode` is unknown, or a CSV header names an unknown column.",
            content = @Content(mediaType = ApiDocs.PROBLEM_JSON, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", description = CurationDocs.UNAUTHORIZED,
            content = @Content(mediaType = ApiDocs.PROBLEM_JSON, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "anonymous", value = CurationDocs.UNAUTHORIZED_EXAMPLE)))
    @APIResponse(responseCode = "413", description = "The body is larger than 256 MB.")
    @APIResponse(responseCode = "415", description = "The body is neither NDJSON nor CSV.",
            content = @Content(mediaType = ApiDocs.PROBLEM_JSON, schema = @Schema(implementation = Problem.class)))
    public Response importStatements(
            @Parameter(description = "`best-effort` (default): keep the valid lines; `all-or-nothing`: store "
                    + "nothing unless every line is valid.",
                    schema = @Schema(type = SchemaType.STRING, enumeration = {"best-effort", "all-or-nothing"},
                            defaultValue = "best-effort"))
            @QueryParam("mode") String mode,
            @Parameter(description = "`respond-async`: import in the background and answer 202 with a job at "
                    + "once (RFC 7240); other preferences are ignored.",
                    schema = @Schema(type = SchemaType.STRING, maxLength = 200, example = RESPOND_ASYNC))
            @HeaderParam("Prefer") String prefer,
            @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType,
            @Context UriInfo uri,
            InputStream body) {
        ImportMode importMode = mode(mode);
        boolean csv = contentType != null && MediaType.valueOf(contentType).isCompatible(MediaType.valueOf(CSV));
        if (respondAsync(prefer)) {
            ImportJobView job = jobs.submit(body, importMode, csv ? ImportJobs.Format.CSV : ImportJobs.Format.NDJSON,
                    RevisionAuthorListener.Author.of(identity));
            return Response.accepted(job)
                    .location(uri.getBaseUriBuilder().path(ImportJobResource.class).path(job.id().toString()).build())
                    .header("Preference-Applied", RESPOND_ASYNC)
                    .build();
        }
        var reader = new BufferedReader(new InputStreamReader(body, StandardCharsets.UTF_8), 64 * 1024);
        return Response.ok(csv ? importer.importCsv(reader, importMode) : importer.importNdjson(reader, importMode))
                .build();
    }

    /** Whether a Prefer header asks for respond-async (preferences are comma-separated, parameters after ';'). */
    static boolean respondAsync(String prefer) {
        return prefer != null && Arrays.stream(prefer.split(","))
                .map(preference -> preference.split(";", 2)[0].strip().toLowerCase(Locale.ROOT))
                .anyMatch(RESPOND_ASYNC::equals);
    }

    private static ImportMode mode(String raw) {
        if (raw == null || raw.isBlank() || raw.equals("best-effort")) {
            return ImportMode.BEST_EFFORT;
        }
        if (raw.equals("all-or-nothing")) {
            return ImportMode.ALL_OR_NOTHING;
        }
        throw ProblemException.invalidQuery("mode", "must be best-effort or all-or-nothing");
    }
}
