package io.verbatim.api;

import io.verbatim.problem.Problem;
import io.verbatim.problem.ProblemException;
import io.verbatim.problem.ProblemType;
import io.verbatim.search.SearchIndexStatus;
import io.verbatim.search.SearchReindexer;
import io.verbatim.security.Roles;
import io.verbatim.view.ReindexView;
import io.verbatim.view.SearchIndexStatusView;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The OpenSearch index, managed by admins (docs/opensearch.md). */
@Path("/api/v1/admin/search")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.ADMIN)
@SecurityRequirement(name = CurationDocs.BEARER, scopes = Roles.ADMIN)
@SecurityRequirement(name = CurationDocs.API_KEY, scopes = Roles.ADMIN)
@Tag(name = "Search index", description = "The OpenSearch index when VERBATIM_SEARCH_URL is set; admin only.")
@APIResponse(responseCode = "401", description = CurationDocs.UNAUTHORIZED,
        content = @Content(mediaType = ApiDocs.PROBLEM_JSON, schema = @Schema(implementation = Problem.class),
                examples = @ExampleObject(name = "anonymous", value = CurationDocs.UNAUTHORIZED_EXAMPLE)))
@APIResponse(responseCode = "403", description = CurationDocs.FORBIDDEN,
        content = @Content(mediaType = ApiDocs.PROBLEM_JSON, schema = @Schema(implementation = Problem.class),
                examples = @ExampleObject(name = "editor", value = CurationDocs.FORBIDDEN_EXAMPLE)))
public class SearchAdminResource {

    static final String REINDEX_EXAMPLE = """
            {"index": "verbatim-statements-20261202140501123"}
            """;
    static final String NO_ENGINE_EXAMPLE = """
            {"type": "/problems/conflict", "title": "Conflict", "status": 409,
             "detail": "No search engine is configured (VERBATIM_SEARCH_URL is unset): PostgreSQL answers searches and needs no index."}
            """;

    static final String STATUS_EXAMPLE = """
            {"configured": true, "liveIndex": "verbatim-statements-20261202140501123", "buildingIndex": null,
             "stale": false, "pending": 3, "retrying": 0, "deadLetters": 0}
            """;

    private final SearchReindexer reindexer;
    private final SearchIndexStatus status;

    public SearchAdminResource(SearchReindexer reindexer, SearchIndexStatus status) {
        this.reindexer = reindexer;
        this.status = status;
    }

    @GET
    @Operation(operationId = "getSearchIndexStatus", summary = "Search index status",
            description = "The live and building OpenSearch indexes, whether a reindex is due, and the recorded "
                    + "changes not yet indexed: `pending` in all, `retrying` those OpenSearch refused (retried with "
                    + "an exponential back-off up to an hour), `deadLetters` those refused five times or more.")
    @APIResponse(responseCode = "200", description = "The status.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = SearchIndexStatusView.class),
                    examples = @ExampleObject(name = "status", value = STATUS_EXAMPLE)))
    public SearchIndexStatusView status() {
        return status.read();
    }

    @POST
    @Path("/reindex")
    @Operation(operationId = "reindexSearch", summary = "Rebuild the search index",
            description = "Builds a new OpenSearch index from PostgreSQL in the background (statements by id, in "
                    + "batches of `VERBATIM_SEARCH_REINDEX_BATCH_SIZE`) while searches keep using the current one "
                    + "and live changes go to both; then the alias moves to the new index in one step and the old "
                    + "one is deleted. The service also does this at start when the index is missing, stale or of "
                    + "an older mapping.")
    @APIResponse(responseCode = "202", description = "The rebuild started; `index` names the index it builds.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ReindexView.class),
                    examples = @ExampleObject(name = "started", value = REINDEX_EXAMPLE)))
    @APIResponse(responseCode = "409", description = "No search engine is configured, or a rebuild is running "
            + "already in this instance (`detail` names its index).",
            content = @Content(mediaType = ApiDocs.PROBLEM_JSON, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "no-engine", value = NO_ENGINE_EXAMPLE)))
    public Response reindex() {
        if (!reindexer.configured()) {
            throw ProblemException.of(ProblemType.CONFLICT, "No search engine is configured (VERBATIM_SEARCH_URL is "
                    + "unset): PostgreSQL answers searches and needs no index.");
        }
        String index = reindexer.start().orElseThrow(() -> ProblemException.of(ProblemType.CONFLICT,
                "A rebuild into " + reindexer.running().orElse("a new index") + " is running already."));
        return Response.accepted(new ReindexView(index)).build();
    }
}
