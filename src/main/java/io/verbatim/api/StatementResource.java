package io.verbatim.api;

import io.verbatim.problem.Problem;
import io.verbatim.problem.ProblemException;
import io.verbatim.curation.ETags;
import io.verbatim.search.QuotationReader;
import io.verbatim.search.StatementReader;
import io.verbatim.search.StatementSearchEngine;
import io.verbatim.view.Quotation;
import io.verbatim.view.StatementPage;
import io.verbatim.view.StatementView;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.core.Variant;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;

/** Attributed statements: the listing and one by id. */
@Path("/api/v1/statements")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Statements", description = "What officials said, when, and where it was published.")
public class StatementResource {

    private static final MediaType LD_JSON = MediaType.valueOf(Quotation.MEDIA_TYPE);
    private static final List<Variant> VARIANTS =
            Variant.mediaTypes(MediaType.APPLICATION_JSON_TYPE, LD_JSON).build();
    private static final String QUOTATION_EXAMPLE = """
            {"@context": "https://schema.org", "@type": "Quotation",
             "@id": "https://verbatim.example/api/v1/statements/2d4f9ab0-9b67-4c1c-a8c3-5e1f0f6a7b2c",
             "url": "https://verbatim.example/api/v1/statements/2d4f9ab0-9b67-4c1c-a8c3-5e1f0f6a7b2c",
             "text": "Senator Rand Paul believes that dialogue and diplomacy are vitally important to global peace.",
             "spokenByCharacter": {"@type": "Person", "name": "Sergio Gor"},
             "creator": {"@type": "Person", "name": "Rand Paul"},
             "dateCreated": "2018-09-25", "inLanguage": "en",
             "isBasedOn": [{"@type": "CreativeWork",
                            "url": "https://www.thedailybeast.com/rand-paul-wants-to-scrap-some-us-sanctions-on-russia",
                            "name": "Rand Paul Wants to Scrap Some U.S. Sanctions on Russia",
                            "publisher": {"@type": "Organization", "name": "The Daily Beast"},
                            "datePublished": "2018-09-25"}],
             "about": [{"@type": "Thing", "name": "Nuclear weapons"}]}
            """;

    private final StatementReader reader;
    private final QuotationReader quotations;
    private final StatementSearchEngine search;

    public StatementResource(StatementReader reader, QuotationReader quotations, StatementSearchEngine search) {
        this.reader = reader;
        this.quotations = quotations;
        this.search = search;
    }

    @GET
    @Operation(operationId = "listStatements", summary = "Search statements",
            description = "Statements matching every given filter (AND across parameters, OR within a repeated "
                    + "one), published only unless `status` says otherwise. `speaker` is who spoke, `onBehalfOf` whom a "
                    + "spokesperson spoke for, and `attributedTo` either (\"everything by or for Rand Paul\"). With `q`, items carry `score` and "
                    + "`highlight` and are ordered by relevance. `total` counts the matches, exactly up to "
                    + "`VERBATIM_SEARCH_WINDOW` (200 by default); past it the count stops, `totalRelation` is `gte` "
                    + "and `total` a lower bound, so that no search costs more with more matches. `facets` counts "
                    + "them by speaker, topic, outlet, year or kind (over that window when more match). When a word "
                    + "is in more statements than the window, relevance ranks its newest window of matches plus the "
                    + "statements where each query word weighs most; `sort=newest` or `oldest` page through every match in exact date order. A phrase (`\"…\"`) "
                    + "is checked in at most `VERBATIM_SEARCH_PHRASE_CANDIDATE_LIMIT` (50,000) statements holding all "
                    + "its words; when more hold them, the matches found there are the result in every sort and "
                    + "`totalRelation` is `gte`. Page with `limit` and the opaque `cursor`: keyset paging "
                    + "never skips or repeats an item, even when statements are added between pages. An unknown "
                    + "speaker or topic in a filter gives an empty result, not an error.")
    @APIResponse(responseCode = "200", description = "A page of matching statements.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = StatementPage.class),
                    examples = {
                            @ExampleObject(name = "page", value = ApiDocs.STATEMENT_PAGE_EXAMPLE),
                            @ExampleObject(name = "search", summary = "q=nuclear&facets=speaker",
                                    value = ApiDocs.STATEMENT_SEARCH_EXAMPLE)}))
    @APIResponse(responseCode = "400", description = "A parameter is invalid (`limit=1000`, `from=yesterday`, "
            + "`sort=sideways`, a forged `cursor`, an unknown facet, a `q` too long); `errors` names it.",
            content = @Content(mediaType = ApiDocs.PROBLEM_JSON, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "bad-limit", value = ApiDocs.BAD_PARAMETER_EXAMPLE)))
    public StatementPage list(@BeanParam StatementSearchParameters parameters) {
        return search.search(parameters.toQuery());
    }

    @GET
    @Path("/{id}")
    @Produces({MediaType.APPLICATION_JSON, Quotation.MEDIA_TYPE})
    @Operation(operationId = "getStatement", summary = "Get one statement",
            description = "Any statement by id, whatever its status: a retracted statement stays readable here, "
                    + "with its `retractionReason`. The `ETag` names this version (send it as `If-Match` to edit, "
                    + "or as `If-None-Match` to get a 304 when nothing changed). With `Accept: application/ld+json` "
                    + "the answer is a schema.org `Quotation` in JSON-LD.")
    @APIResponse(responseCode = "200", description = "The statement; `ETag` names its version.",
            headers = @Header(name = "ETag", description = "Strong tag `\"<id>-<version>\"` of this version.",
                    schema = @Schema(type = SchemaType.STRING)),
            content = {
                    @Content(mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = StatementView.class),
                            examples = @ExampleObject(name = "gor", value = ApiDocs.STATEMENT_EXAMPLE)),
                    @Content(mediaType = Quotation.MEDIA_TYPE,
                            schema = @Schema(type = SchemaType.OBJECT,
                                    description = "A schema.org Quotation: text, spokenByCharacter, creator, "
                                            + "dateCreated, isBasedOn (the sources), about (the topics), inLanguage."),
                            examples = @ExampleObject(name = "gor", value = QUOTATION_EXAMPLE))})
    @APIResponse(responseCode = "304", description = "`If-None-Match` names the current version: nothing changed.")
    @APIResponse(responseCode = "400", description = "The id is not a UUID.",
            content = @Content(mediaType = ApiDocs.PROBLEM_JSON, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No statement has this id.",
            content = @Content(mediaType = ApiDocs.PROBLEM_JSON, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "unknown", value = ApiDocs.NOT_FOUND_EXAMPLE)))
    public Response get(
            @Parameter(description = "The statement's id.", example = "2d4f9ab0-9b67-4c1c-a8c3-5e1f0f6a7b2c",
                    schema = @Schema(type = SchemaType.STRING, format = "uuid"))
            @PathParam("id") String id,
            @Parameter(description = "ETags of versions the client has; a match answers 304.")
            @HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch,
            @Context Request request, @Context UriInfo uri) {
        var uuid = PathIds.uuid("id", id);
        Variant variant = request.selectVariant(VARIANTS);
        if (variant != null && variant.getMediaType().isCompatible(LD_JSON)) {
            var quotation = quotations.byId(uuid, uri.getAbsolutePath().toString())
                    .orElseThrow(() -> unknown(uuid));
            String etag = "\"" + uuid + "-" + quotation.version() + "-ld\"";
            return conditional(ifNoneMatch, etag, quotation.document(), LD_JSON);
        }
        StatementReader.Found statement = reader.byId(uuid).orElseThrow(() -> unknown(uuid));
        return conditional(ifNoneMatch, ETags.of(uuid, statement.version()), statement.json(),
                MediaType.APPLICATION_JSON_TYPE);
    }

    private static Response conditional(String ifNoneMatch, String etag, Object body, MediaType type) {
        if (ETags.listed(ifNoneMatch, etag)) {
            return Response.notModified().header(HttpHeaders.ETAG, etag).build();
        }
        return Response.ok(body, type).header(HttpHeaders.ETAG, etag).build();
    }

    private static ProblemException unknown(java.util.UUID id) {
        return ProblemException.notFound("No statement has the id " + id + ".");
    }
}
