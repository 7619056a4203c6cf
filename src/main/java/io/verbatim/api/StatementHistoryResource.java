package io.verbatim.api;

import io.verbatim.curation.StatementHistory;
import io.verbatim.problem.Problem;
import io.verbatim.problem.ProblemException;
import io.verbatim.view.HistoryEntry;
import jakarta.annotation.security.PermitAll;
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

import java.util.List;
import java.util.UUID;

/** The public change history of a statement. */
@Path("/api/v1/statements")
@Produces(MediaType.APPLICATION_JSON)
@PermitAll
@Tag(name = "Statements")
public class StatementHistoryResource {

    private static final String HISTORY_EXAMPLE = "[{\"revision\": 151, \"at\": \"2026-11-29T21:10:00Z\", "
            + "\"author\": \"Newsroom editor\", \"authorRole\": \"editor\", \"change\": \"UPDATED\", \"statement\": "
            + ApiDocs.STATEMENT_EXAMPLE + "}, {\"revision\": 1, \"at\": \"2026-11-29T21:00:00Z\", "
            + "\"author\": \"system\", \"authorRole\": \"system\", \"change\": \"CREATED\", \"statement\": "
            + ApiDocs.STATEMENT_EXAMPLE + "}]";

    private final StatementHistory history;

    public StatementHistoryResource(StatementHistory history) {
        this.history = history;
    }

    @GET
    @Path("/{id}/history")
    @Operation(operationId = "getStatementHistory", summary = "Get the history of a statement",
            description = "Every revision of the statement, newest first: when, by which API key (name and role; "
                    + "`system` for sample data), whether it CREATED, UPDATED, RETRACTED or RESTORED it, and the "
                    + "statement as it was after it, in the same shape as `GET /statements/{id}`.")
    @APIResponse(responseCode = "200", description = "The revisions, newest first.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(type = SchemaType.ARRAY, implementation = HistoryEntry.class),
                    examples = @ExampleObject(name = "retracted", value = HISTORY_EXAMPLE)))
    @APIResponse(responseCode = "400", description = "The id is not a UUID.",
            content = @Content(mediaType = ApiDocs.PROBLEM_JSON, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No statement has this id.",
            content = @Content(mediaType = ApiDocs.PROBLEM_JSON, schema = @Schema(implementation = Problem.class)))
    public List<HistoryEntry> history(
            @Parameter(description = "The statement's id.", schema = @Schema(type = SchemaType.STRING, format = "uuid"))
            @PathParam("id") String id) {
        UUID uuid = PathIds.uuid("id", id);
        return history.of(uuid).orElseThrow(() -> ProblemException.notFound("No statement has the id " + uuid + "."));
    }
}
