package io.verbatim.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import io.verbatim.curation.CatalogService;
import io.verbatim.curation.JsonBodies;
import io.verbatim.curation.SourceBody;
import io.verbatim.problem.Problem;
import io.verbatim.search.SourceReader;
import io.verbatim.security.Roles;
import io.verbatim.view.SourceView;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
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

/** Curation of sources, for editors: create and replace. */
@Path("/api/v1/sources")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.EDITOR)
@SecurityRequirement(name = CurationDocs.BEARER, scopes = Roles.EDITOR)
@SecurityRequirement(name = CurationDocs.API_KEY, scopes = Roles.EDITOR)
@Tag(name = "Sources")
@APIResponse(responseCode = "401", description = CurationDocs.UNAUTHORIZED,
        content = @Content(mediaType = ApiDocs.PROBLEM_JSON, schema = @Schema(implementation = Problem.class),
                examples = @ExampleObject(name = "anonymous", value = CurationDocs.UNAUTHORIZED_EXAMPLE)))
public class SourceCurationResource {

    private static final String INPUT_EXAMPLE = "{\"url\": "
            + "\"https://www.rollcall.com/2018/09/26/rand-paul-pitches-easing-sanctions-on-russian-lawmakers/\", "
            + "\"outlet\": \"Roll Call\", \"title\": \"Rand Paul pitches easing sanctions on Russian lawmakers\", "
            + "\"publishedOn\": \"2018-09-26\"}";

    private final CatalogService catalog;
    private final SourceReader sources;
    private final JsonBodies bodies;

    public SourceCurationResource(CatalogService catalog, SourceReader sources, JsonBodies bodies) {
        this.catalog = catalog;
        this.sources = sources;
        this.bodies = bodies;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "createSource", summary = "Create a source",
            description = "Creates a source. Server-set fields (`id`, `version`, ...) are refused.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = SourceBody.class),
            examples = @ExampleObject(name = "new", value = INPUT_EXAMPLE)))
    @APIResponse(responseCode = "201", description = "Created; `Location` and `ETag` name it.",
            headers = {@Header(name = "Location", description = "The new source's URL.",
                    schema = @Schema(type = SchemaType.STRING)),
                    @Header(name = "ETag", description = CurationDocs.ETAG_HEADER,
                            schema = @Schema(type = SchemaType.STRING))},
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = SourceView.class),
                    examples = @ExampleObject(name = "created", value = ApiDocs.SOURCE_EXAMPLE)))
    @APIResponse(responseCode = "409", description = "Another source has this URL.",
            content = @Content(mediaType = ApiDocs.PROBLEM_JSON, schema = @Schema(implementation = Problem.class)))
    public Response create(JsonNode body, @Context UriInfo uri) throws JsonProcessingException {
        UUID id = catalog.createSource(bodies.read(body, SourceBody.class));
        SourceView created = sources.byId(id).orElseThrow();
        return Response.created(uri.getAbsolutePathBuilder().path(id.toString()).build()).entity(created).build();
    }

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "replaceSource", summary = "Replace a source",
            description = "Replaces URL, outlet, title, publication date and author. "
                    + "Requires `If-Match` with the current `ETag` (from its GET).")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = SourceBody.class),
            examples = @ExampleObject(name = "changed", value = INPUT_EXAMPLE)))
    @APIResponse(responseCode = "200", description = "The source as replaced, with its new `ETag`.",
            headers = @Header(name = "ETag", description = CurationDocs.ETAG_HEADER,
                    schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = SourceView.class),
                    examples = @ExampleObject(name = "replaced", value = ApiDocs.SOURCE_EXAMPLE)))
    @APIResponse(responseCode = "409", description = "Another source has this URL.",
            content = @Content(mediaType = ApiDocs.PROBLEM_JSON, schema = @Schema(implementation = Problem.class)))
    public SourceView replace(
            @Parameter(description = "The source's id.", example = "5e4d3c2b-1a09-4f8e-8d7c-6b5a49382716",
                    schema = @Schema(type = SchemaType.STRING, format = "uuid"))
            @PathParam("id") String key,
            @Parameter(description = CurationDocs.IF_MATCH, required = true)
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            JsonNode body) throws JsonProcessingException {
        UUID id = catalog.replaceSource(PathIds.uuid("id", key), ifMatch, bodies.read(body, SourceBody.class));
        return sources.byId(id).orElseThrow();
    }

    @PATCH
    @Path("/{id}")
    @Consumes(CurationDocs.MERGE_PATCH_JSON)
    @Operation(operationId = "patchSource", summary = "Change some fields of a source",
            description = "An RFC 7396 JSON merge patch (`application/merge-patch+json`) applied to the source as "
                    + "its create body: members replace, `null` removes. The result is validated like a create. "
                    + "Requires `If-Match` with the current `ETag`.")
    @RequestBody(required = true, content = @Content(mediaType = CurationDocs.MERGE_PATCH_JSON,
            schema = @Schema(type = SchemaType.OBJECT, description = "Members of the create body to change."),
            examples = @ExampleObject(name = "one-field",
                    value = "{\"title\": \"Rand Paul pitches easing sanctions on Russian lawmakers\"}")))
    @APIResponse(responseCode = "200", description = "The source as changed, with its new `ETag`.",
            headers = @Header(name = "ETag", description = CurationDocs.ETAG_HEADER,
                    schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = SourceView.class),
                    examples = @ExampleObject(name = "changed", value = ApiDocs.SOURCE_EXAMPLE)))
    public SourceView patch(
            @Parameter(description = "The source's id.", example = "5e4d3c2b-1a09-4f8e-8d7c-6b5a49382716",
                    schema = @Schema(type = SchemaType.STRING, format = "uuid"))
            @PathParam("id") String key,
            @Parameter(description = CurationDocs.IF_MATCH, required = true)
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            JsonNode patch) throws JsonProcessingException {
        UUID id = catalog.patchSource(PathIds.uuid("id", key), ifMatch, patch);
        return sources.byId(id).orElseThrow();
    }
}
