package io.verbatim.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import io.verbatim.curation.CatalogService;
import io.verbatim.curation.JsonBodies;
import io.verbatim.curation.TopicBody;
import io.verbatim.problem.Problem;
import io.verbatim.search.TopicReader;
import io.verbatim.security.Roles;
import io.verbatim.view.TopicView;
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

/** Curation of topics, for editors: create and replace. */
@Path("/api/v1/topics")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.EDITOR)
@SecurityRequirement(name = CurationDocs.BEARER, scopes = Roles.EDITOR)
@SecurityRequirement(name = CurationDocs.API_KEY, scopes = Roles.EDITOR)
@Tag(name = "Topics")
@APIResponse(responseCode = "401", description = CurationDocs.UNAUTHORIZED,
        content = @Content(mediaType = ApiDocs.PROBLEM_JSON, schema = @Schema(implementation = Problem.class),
                examples = @ExampleObject(name = "anonymous", value = CurationDocs.UNAUTHORIZED_EXAMPLE)))
public class TopicCurationResource {

    private static final String INPUT_EXAMPLE = "{\"name\": \"Russia sanctions\", \"parent\": \"foreign-policy\"}";

    private final CatalogService catalog;
    private final TopicReader topics;
    private final JsonBodies bodies;

    public TopicCurationResource(CatalogService catalog, TopicReader topics, JsonBodies bodies) {
        this.catalog = catalog;
        this.topics = topics;
        this.bodies = bodies;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "createTopic", summary = "Create a topic",
            description = "Creates a topic. Server-set fields (`id`, `version`, ...) are refused.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = TopicBody.class),
            examples = @ExampleObject(name = "new", value = INPUT_EXAMPLE)))
    @APIResponse(responseCode = "201", description = "Created; `Location` and `ETag` name it.",
            headers = {@Header(name = "Location", description = "The new topic's URL.",
                    schema = @Schema(type = SchemaType.STRING)),
                    @Header(name = "ETag", description = CurationDocs.ETAG_HEADER,
                            schema = @Schema(type = SchemaType.STRING))},
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = TopicView.class),
                    examples = @ExampleObject(name = "created", value = ApiDocs.TOPIC_EXAMPLE)))
    @APIResponse(responseCode = "409", description = "A topic with this slug exists.",
            content = @Content(mediaType = ApiDocs.PROBLEM_JSON, schema = @Schema(implementation = Problem.class)))
    public Response create(JsonNode body, @Context UriInfo uri) throws JsonProcessingException {
        String slug = catalog.createTopic(bodies.read(body, TopicBody.class));
        TopicView created = topics.bySlug(slug).orElseThrow();
        return Response.created(uri.getAbsolutePathBuilder().path(slug).build()).entity(created).build();
    }

    @PUT
    @Path("/{slug}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "replaceTopic", summary = "Replace a topic",
            description = "Replaces the name and the parent (by slug); the slug stays. A parent that is the topic "
                    + "or below it is refused. Requires `If-Match` with the current `ETag` (from its GET).")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = TopicBody.class),
            examples = @ExampleObject(name = "changed", value = INPUT_EXAMPLE)))
    @APIResponse(responseCode = "200", description = "The topic as replaced, with its new `ETag`.",
            headers = @Header(name = "ETag", description = CurationDocs.ETAG_HEADER,
                    schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = TopicView.class),
                    examples = @ExampleObject(name = "replaced", value = ApiDocs.TOPIC_EXAMPLE)))
    public TopicView replace(
            @Parameter(description = "The topic's slug.", example = "russia-sanctions")
            @PathParam("slug") String key,
            @Parameter(description = CurationDocs.IF_MATCH, required = true)
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            JsonNode body) throws JsonProcessingException {
        String slug = catalog.replaceTopic(key, ifMatch, bodies.read(body, TopicBody.class));
        return topics.bySlug(slug).orElseThrow();
    }

    @PATCH
    @Path("/{slug}")
    @Consumes(CurationDocs.MERGE_PATCH_JSON)
    @Operation(operationId = "patchTopic", summary = "Change some fields of a topic",
            description = "An RFC 7396 JSON merge patch (`application/merge-patch+json`) applied to the topic as "
                    + "its create body: members replace, `null` removes. The result is validated like a create. "
                    + "Requires `If-Match` with the current `ETag`.")
    @RequestBody(required = true, content = @Content(mediaType = CurationDocs.MERGE_PATCH_JSON,
            schema = @Schema(type = SchemaType.OBJECT, description = "Members of the create body to change."),
            examples = @ExampleObject(name = "one-field", value = "{\"parent\": null}")))
    @APIResponse(responseCode = "200", description = "The topic as changed, with its new `ETag`.",
            headers = @Header(name = "ETag", description = CurationDocs.ETAG_HEADER,
                    schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = TopicView.class),
                    examples = @ExampleObject(name = "changed", value = ApiDocs.TOPIC_EXAMPLE)))
    public TopicView patch(
            @Parameter(description = "The topic's slug.", example = "russia-sanctions")
            @PathParam("slug") String key,
            @Parameter(description = CurationDocs.IF_MATCH, required = true)
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            JsonNode patch) throws JsonProcessingException {
        String slug = catalog.patchTopic(key, ifMatch, patch);
        return topics.bySlug(slug).orElseThrow();
    }
}
