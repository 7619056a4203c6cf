package io.verbatim.api;

import io.verbatim.importing.ImportJobs;
import io.verbatim.problem.Problem;
import io.verbatim.problem.ProblemException;
import io.verbatim.security.Roles;
import io.verbatim.view.ImportJobView;
import jakarta.annotation.security.RolesAllowed;
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
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.UUID;

/** Asynchronous imports, followed by their id. */
@Path("/api/v1/imports")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.EDITOR)
@SecurityRequirement(name = CurationDocs.BEARER, scopes = Roles.EDITOR)
@SecurityRequirement(name = CurationDocs.API_KEY, scopes = Roles.EDITOR)
@Tag(name = "Import and export")
public class ImportJobResource {

    private static final String RUNNING_EXAMPLE = """
            {"id": "0b7c6f2e-3c1d-4a5b-9e8f-7a6b5c4d3e2f", "state": "running", "mode": "best-effort",
             "format": "ndjson", "linesRead": 250000, "created": 249000, "updated": 500, "unchanged": 499,
             "failed": 1, "errors": [{"line": 3, "field": "saidOn",
             "detail": "must be a date in the past or in the present"}], "detail": null,
             "submittedAt": "2026-12-02T03:00:00Z", "startedAt": "2026-12-02T03:00:01Z", "finishedAt": null}
            """;

    private final ImportJobs jobs;

    public ImportJobResource(ImportJobs jobs) {
        this.jobs = jobs;
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getImportJob", summary = "Follow an asynchronous import",
            description = "An import sent with `Prefer: respond-async`: its state, the lines read and the counts and "
                    + "errors so far (written after each batch, at most once a second), and when it started and "
                    + "finished. Once `succeeded`, the counts are the import's report.")
    @APIResponse(responseCode = "200", description = "The job.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ImportJobView.class),
                    examples = @ExampleObject(name = "running", value = RUNNING_EXAMPLE)))
    @APIResponse(responseCode = "400", description = "The id is not a UUID.",
            content = @Content(mediaType = ApiDocs.PROBLEM_JSON, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", description = CurationDocs.UNAUTHORIZED,
            content = @Content(mediaType = ApiDocs.PROBLEM_JSON, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "anonymous", value = CurationDocs.UNAUTHORIZED_EXAMPLE)))
    @APIResponse(responseCode = "404", description = "No import job has this id.",
            content = @Content(mediaType = ApiDocs.PROBLEM_JSON, schema = @Schema(implementation = Problem.class)))
    public ImportJobView get(
            @Parameter(description = "The job's id, from the `Location` of the 202.",
                    schema = @Schema(type = SchemaType.STRING, format = "uuid"))
            @PathParam("id") String id) {
        UUID uuid = PathIds.uuid("id", id);
        return jobs.find(uuid).orElseThrow(() -> ProblemException.notFound("No import job has the id " + uuid + "."));
    }
}
