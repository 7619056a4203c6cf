package io.verbatim.api;

import io.verbatim.problem.Problem;
import io.verbatim.problem.ProblemException;
import io.verbatim.security.ApiKeyService;
import io.verbatim.security.Roles;
import io.verbatim.view.ApiKeyList;
import io.verbatim.view.ApiKeyView;
import io.verbatim.view.CreatedApiKeyView;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
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

/** API keys, managed by admins. */
@Path("/api/v1/admin/api-keys")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.ADMIN)
@SecurityRequirement(name = CurationDocs.BEARER, scopes = Roles.ADMIN)
@SecurityRequirement(name = CurationDocs.API_KEY, scopes = Roles.ADMIN)
@Tag(name = "API keys", description = "Keys for writes; admin only.")
@APIResponse(responseCode = "401", description = CurationDocs.UNAUTHORIZED,
        content = @Content(mediaType = ApiDocs.PROBLEM_JSON, schema = @Schema(implementation = Problem.class),
                examples = @ExampleObject(name = "anonymous", value = CurationDocs.UNAUTHORIZED_EXAMPLE)))
@APIResponse(responseCode = "403", description = CurationDocs.FORBIDDEN,
        content = @Content(mediaType = ApiDocs.PROBLEM_JSON, schema = @Schema(implementation = Problem.class),
                examples = @ExampleObject(name = "editor", value = CurationDocs.FORBIDDEN_EXAMPLE)))
public class ApiKeyResource {

    private final ApiKeyService keys;

    public ApiKeyResource(ApiKeyService keys) {
        this.keys = keys;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "createApiKey", summary = "Create an API key",
            description = "Creates a key with a role and answers with its secret, this once: only a hash is stored.")
    @APIResponse(responseCode = "201", description = "The key, with its secret; `Location` names it.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = CreatedApiKeyView.class),
                    examples = @ExampleObject(name = "editor", value = CurationDocs.CREATED_API_KEY_EXAMPLE)))
    @APIResponse(responseCode = "400", description = "The body is invalid; `errors` names each field.",
            content = @Content(mediaType = ApiDocs.PROBLEM_JSON, schema = @Schema(implementation = Problem.class)))
    public Response create(@NotNull @Valid ApiKeyRequest request, @jakarta.ws.rs.core.Context UriInfo uri) {
        ApiKeyService.Created created = keys.create(request.name().strip(), request.role());
        var key = created.key();
        return Response.created(uri.getAbsolutePathBuilder().path(key.id.toString()).build())
                .entity(new CreatedApiKeyView(key.id, key.name, key.role, key.createdAt, created.secret()))
                .build();
    }

    @GET
    @Operation(operationId = "listApiKeys", summary = "List API keys",
            description = "Every key, revoked ones included, oldest first; never with secrets.")
    @APIResponse(responseCode = "200", description = "The keys.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ApiKeyList.class),
                    examples = @ExampleObject(name = "keys", value = CurationDocs.API_KEY_LIST_EXAMPLE)))
    public ApiKeyList list() {
        return new ApiKeyList(keys.list().stream().map(ApiKeyView::of).toList());
    }

    @DELETE
    @Path("/{id}")
    @Operation(operationId = "revokeApiKey", summary = "Revoke an API key",
            description = "Revokes a key: it authenticates nothing from now on. The key stays listed, with "
                    + "`revokedAt`; revoking it again changes nothing.")
    @APIResponse(responseCode = "204", description = "Revoked.")
    @APIResponse(responseCode = "400", description = "The id is not a UUID.",
            content = @Content(mediaType = ApiDocs.PROBLEM_JSON, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No key has this id.",
            content = @Content(mediaType = ApiDocs.PROBLEM_JSON, schema = @Schema(implementation = Problem.class)))
    public Response revoke(
            @Parameter(description = "The key's id.", schema = @Schema(type = SchemaType.STRING, format = "uuid"))
            @PathParam("id") String id) {
        UUID uuid = PathIds.uuid("id", id);
        keys.revoke(uuid).orElseThrow(() -> ProblemException.notFound("No API key has the id " + uuid + "."));
        return Response.noContent().build();
    }
}
