package io.verbatim.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import io.verbatim.curation.ETags;
import io.verbatim.curation.JsonBodies;
import io.verbatim.curation.RetractRequest;
import io.verbatim.curation.StatementInput;
import io.verbatim.curation.StatementService;
import io.verbatim.problem.Problem;
import io.verbatim.security.Roles;
import io.verbatim.view.StatementView;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.UUID;

/** Writes to statements, for editors: create, replace, merge-patch, retract, restore, publish. Nothing is ever deleted. */
@Path("/api/v1/statements")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.EDITOR)
@SecurityRequirement(name = CurationDocs.BEARER, scopes = Roles.EDITOR)
@SecurityRequirement(name = CurationDocs.API_KEY, scopes = Roles.EDITOR)
@Tag(name = "Statements")
@APIResponse(responseCode = "401", description = CurationDocs.UNAUTHORIZED,
        content = @Content(mediaType = ApiDocs.PROBLEM_JSON, schema = @Schema(implementation = Problem.class),
                examples = @ExampleObject(name = "anonymous", value = CurationDocs.UNAUTHORIZED_EXAMPLE)))
public class StatementCurationResource {

    private static final String ID = "The statement's id.";

    private final StatementService service;
    private final JsonBodies bodies;

    public StatementCurationResource(StatementService service, JsonBodies bodies) {
        this.service = service;
        this.bodies = bodies;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "createStatement", summary = "Create a statement",
            description = "Creates a published statement. Speaker, onBehalfOf, topics and sources are named by id "
                    + "or slug (sources also by URL) or given inline as in the import format. Server-set fields "
                    + "(`id`, `status`, `version`, `createdAt`, `updatedAt`, `retractionReason`) are refused.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = StatementInput.class),
            examples = @ExampleObject(name = "shaheen", value = CurationDocs.STATEMENT_INPUT_EXAMPLE)))
    @APIResponse(responseCode = "201", description = "Created; `Location` and `ETag` name it.",
            headers = {@Header(name = "Location", description = "The new statement's URL.",
                    schema = @Schema(type = SchemaType.STRING)),
                    @Header(name = "ETag", description = CurationDocs.ETAG_HEADER,
                            schema = @Schema(type = SchemaType.STRING))},
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = StatementView.class),
                    examples = @ExampleObject(name = "gor", value = ApiDocs.STATEMENT_EXAMPLE)))
    public Response create(JsonNode body, @Context UriInfo uri) throws JsonProcessingException {
        StatementView created = service.create(bodies.read(body, StatementInput.class));
        return Response.created(uri.getAbsolutePathBuilder().path(created.id().toString()).build())
                .header(HttpHeaders.ETAG, ETags.of(created.id(), created.version()))
                .entity(created).build();
    }

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "replaceStatement", summary = "Replace a statement",
            description = "Replaces every writable field, as in a create. Requires `If-Match` with the current "
                    + "`ETag`: 428 without it, 412 when the statement changed since it was read.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = StatementInput.class),
            examples = @ExampleObject(name = "shaheen", value = CurationDocs.STATEMENT_INPUT_EXAMPLE)))
    @APIResponse(responseCode = "200", description = "The statement as replaced, with its new `ETag`.",
            headers = @Header(name = "ETag", description = CurationDocs.ETAG_HEADER,
                    schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = StatementView.class),
                    examples = @ExampleObject(name = "gor", value = ApiDocs.STATEMENT_EXAMPLE)))
    public Response replace(
            @Parameter(description = ID, schema = @Schema(type = SchemaType.STRING, format = "uuid"))
            @PathParam("id") String id,
            @Parameter(description = CurationDocs.IF_MATCH, required = true)
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            JsonNode body) throws JsonProcessingException {
        UUID uuid = PathIds.uuid("id", id);
        return withETag(service.replace(uuid, ifMatch, bodies.read(body, StatementInput.class)));
    }

    @PATCH
    @Path("/{id}")
    @Consumes(CurationDocs.MERGE_PATCH_JSON)
    @Operation(operationId = "patchStatement", summary = "Change some fields of a statement",
            description = "An RFC 7396 JSON merge patch (`application/merge-patch+json`) applied to the statement "
                    + "as a `StatementInput` (references as ids): members replace, `null` removes. The result is "
                    + "validated like a create. Requires `If-Match` with the current `ETag`.")
    @RequestBody(required = true, content = @Content(mediaType = CurationDocs.MERGE_PATCH_JSON,
            schema = @Schema(type = SchemaType.OBJECT, description = "Members of a StatementInput to change."),
            examples = @ExampleObject(name = "role", value = CurationDocs.MERGE_PATCH_EXAMPLE)))
    @APIResponse(responseCode = "200", description = "The statement as changed, with its new `ETag`.",
            headers = @Header(name = "ETag", description = CurationDocs.ETAG_HEADER,
                    schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = StatementView.class),
                    examples = @ExampleObject(name = "gor", value = ApiDocs.STATEMENT_EXAMPLE)))
    public Response patch(
            @Parameter(description = ID, schema = @Schema(type = SchemaType.STRING, format = "uuid"))
            @PathParam("id") String id,
            @Parameter(description = CurationDocs.IF_MATCH, required = true)
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            JsonNode patch) throws JsonProcessingException {
        UUID uuid = PathIds.uuid("id", id);
        return withETag(service.patch(uuid, ifMatch, patch));
    }

    @DELETE
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "retractStatement", summary = "Retract a statement",
            description = "Sets the status to RETRACTED with the optional `reason`: the statement stays readable by "
                    + "id and in its history, drops out of listings, and can be restored. Nothing is deleted.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = RetractRequest.class),
            examples = @ExampleObject(name = "misattributed",
                    value = "{\"reason\": \"Misattributed: the quote is from a spokesman, not the senator.\"}")))
    @APIResponse(responseCode = "200", description = "The retracted statement, with its new `ETag`.",
            headers = @Header(name = "ETag", description = CurationDocs.ETAG_HEADER,
                    schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = StatementView.class),
                    examples = @ExampleObject(name = "gor", value = ApiDocs.STATEMENT_EXAMPLE)))
    @APIResponse(responseCode = "400", description = "The id or the reason is invalid.",
            content = @Content(mediaType = ApiDocs.PROBLEM_JSON, schema = @Schema(implementation = Problem.class)))
    public Response retract(
            @Parameter(description = ID, schema = @Schema(type = SchemaType.STRING, format = "uuid"))
            @PathParam("id") String id,
            @Parameter(description = CurationDocs.IF_MATCH_OPTIONAL)
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid RetractRequest request) {
        UUID uuid = PathIds.uuid("id", id);
        return withETag(service.retract(uuid, ifMatch, request == null ? null : request.reason()));
    }

    @POST
    @Path("/{id}/restore")
    @Operation(operationId = "restoreStatement", summary = "Restore a retracted statement",
            description = "Publishes a retracted statement again and clears its `retractionReason`.")
    @APIResponse(responseCode = "200", description = "The restored statement, with its new `ETag`.",
            headers = @Header(name = "ETag", description = CurationDocs.ETAG_HEADER,
                    schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = StatementView.class),
                    examples = @ExampleObject(name = "gor", value = ApiDocs.STATEMENT_EXAMPLE)))
    @APIResponse(responseCode = "409", description = "The statement is not retracted.",
            content = @Content(mediaType = ApiDocs.PROBLEM_JSON, schema = @Schema(implementation = Problem.class)))
    public Response restore(
            @Parameter(description = ID, schema = @Schema(type = SchemaType.STRING, format = "uuid"))
            @PathParam("id") String id,
            @Parameter(description = CurationDocs.IF_MATCH_OPTIONAL)
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        UUID uuid = PathIds.uuid("id", id);
        return withETag(service.restore(uuid, ifMatch));
    }

    @POST
    @Path("/{id}/publish")
    @Operation(operationId = "publishStatement", summary = "Publish a statement awaiting review",
            description = "Moves a PENDING_REVIEW statement (for example one stored by `POST /extractions?save=true`) "
                    + "to PUBLISHED, so that it appears in listings and verifies quotes. The change is recorded in "
                    + "the statement's history.")
    @APIResponse(responseCode = "200", description = "The published statement, with its new `ETag`.",
            headers = @Header(name = "ETag", description = CurationDocs.ETAG_HEADER,
                    schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = StatementView.class),
                    examples = @ExampleObject(name = "gor", value = ApiDocs.STATEMENT_EXAMPLE)))
    @APIResponse(responseCode = "409", description = "The statement is not PENDING_REVIEW.",
            content = @Content(mediaType = ApiDocs.PROBLEM_JSON, schema = @Schema(implementation = Problem.class)))
    public Response publish(
            @Parameter(description = ID, schema = @Schema(type = SchemaType.STRING, format = "uuid"))
            @PathParam("id") String id,
            @Parameter(description = CurationDocs.IF_MATCH_OPTIONAL)
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        UUID uuid = PathIds.uuid("id", id);
        return withETag(service.publish(uuid, ifMatch));
    }

    private static Response withETag(StatementView statement) {
        return Response.ok(statement).header(HttpHeaders.ETAG, ETags.of(statement.id(), statement.version())).build();
    }
}
