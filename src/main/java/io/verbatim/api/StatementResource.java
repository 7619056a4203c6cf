package io.verbatim.api;

import io.verbatim.problem.Problem;
import io.verbatim.problem.ProblemException;
import io.verbatim.search.StatementReader;
import io.verbatim.search.StatementSearch;
import io.verbatim.view.StatementPage;
import io.verbatim.view.StatementView;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Attributed statements: the listing and one by id. */
@Path("/api/v1/statements")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Statements", description = "What officials said, when, and where it was published.")
public class StatementResource {

    private final StatementReader reader;
    private final StatementSearch search;

    public StatementResource(StatementReader reader, StatementSearch search) {
        this.reader = reader;
        this.search = search;
    }

    @GET
    @Operation(operationId = "listStatements", summary = "Search statements",
            description = "Statements matching every given filter (AND across parameters, OR within a repeated "
                    + "one), published only unless `status` says otherwise. With `q`, items carry `score` and "
                    + "`highlight` and are ordered by relevance. `total` counts all matches; `facets` counts them by "
                    + "speaker, topic, outlet, year or kind. Page with `limit` and the opaque `cursor`: keyset paging "
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
    @Operation(operationId = "getStatement", summary = "Get one statement",
            description = "Any statement by id, whatever its status: a retracted statement stays readable here, "
                    + "with its `retractionReason`.")
    @APIResponse(responseCode = "200", description = "The statement.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = StatementView.class),
                    examples = @ExampleObject(name = "gor", value = ApiDocs.STATEMENT_EXAMPLE)))
    @APIResponse(responseCode = "400", description = "The id is not a UUID.",
            content = @Content(mediaType = ApiDocs.PROBLEM_JSON, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No statement has this id.",
            content = @Content(mediaType = ApiDocs.PROBLEM_JSON, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "unknown", value = ApiDocs.NOT_FOUND_EXAMPLE)))
    public StatementView get(
            @Parameter(description = "The statement's id.", example = "2d4f9ab0-9b67-4c1c-a8c3-5e1f0f6a7b2c",
                    schema = @Schema(type = SchemaType.STRING, format = "uuid"))
            @PathParam("id") String id) {
        var uuid = PathIds.uuid("id", id);
        return reader.byId(uuid)
                .orElseThrow(() -> ProblemException.notFound("No statement has the id " + uuid + "."));
    }
}
