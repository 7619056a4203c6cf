package io.verbatim.api;

import io.verbatim.problem.Problem;
import io.verbatim.problem.ProblemException;
import io.verbatim.search.SourceReader;
import io.verbatim.view.SourceView;
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

/** Published sources of statements. */
@Path("/api/v1/sources")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Sources", description = "Articles, transcripts and releases that carry statements.")
public class SourceResource {

    private final SourceReader sources;

    public SourceResource(SourceReader sources) {
        this.sources = sources;
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getSource", summary = "Get one source", description = "A source by id: its URL, outlet, title and date.")
    @APIResponse(responseCode = "200", description = "The source.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = SourceView.class),
                    examples = @ExampleObject(name = "daily-beast", value = ApiDocs.SOURCE_EXAMPLE)))
    @APIResponse(responseCode = "400", description = "The id is not a UUID.",
            content = @Content(mediaType = ApiDocs.PROBLEM_JSON, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No source has this id.",
            content = @Content(mediaType = ApiDocs.PROBLEM_JSON, schema = @Schema(implementation = Problem.class)))
    public SourceView get(
            @Parameter(description = "The source's id.", example = "5e4d3c2b-1a09-4f8e-8d7c-6b5a49382716",
                    schema = @Schema(type = SchemaType.STRING, format = "uuid"))
            @PathParam("id") String id) {
        var uuid = PathIds.uuid("id", id);
        return sources.byId(uuid).orElseThrow(() -> ProblemException.notFound("No source has the id " + uuid + "."));
    }
}
