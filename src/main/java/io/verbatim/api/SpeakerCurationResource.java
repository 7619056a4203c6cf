package io.verbatim.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import io.verbatim.curation.CatalogService;
import io.verbatim.curation.JsonBodies;
import io.verbatim.curation.MergeRequest;
import io.verbatim.curation.SpeakerMerge;
import io.verbatim.importing.SpeakerInput;
import io.verbatim.problem.Problem;
import io.verbatim.search.SpeakerReader;
import io.verbatim.security.Roles;
import io.verbatim.view.SpeakerView;
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

/** Curation of speakers, for editors: create, replace, merge duplicates. */
@Path("/api/v1/speakers")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.EDITOR)
@SecurityRequirement(name = CurationDocs.BEARER, scopes = Roles.EDITOR)
@SecurityRequirement(name = CurationDocs.API_KEY, scopes = Roles.EDITOR)
@Tag(name = "Speakers")
@APIResponse(responseCode = "401", description = CurationDocs.UNAUTHORIZED,
        content = @Content(mediaType = ApiDocs.PROBLEM_JSON, schema = @Schema(implementation = Problem.class),
                examples = @ExampleObject(name = "anonymous", value = CurationDocs.UNAUTHORIZED_EXAMPLE)))
public class SpeakerCurationResource {

    private static final String SPEAKER_INPUT_EXAMPLE = """
            {"name": "Rand Paul", "kind": "PERSON", "aliases": ["Sen. Rand Paul"], "wikidataId": "Q463557",
             "description": "United States senator from Kentucky.",
             "roles": [{"title": "U.S. Senator", "organization": "United States Senate", "party": "Republican",
                        "jurisdiction": "Kentucky", "from": "2011-01-03"}]}
            """;

    private final SpeakerMerge merge;
    private final SpeakerReader speakers;
    private final JsonBodies bodies;
    private final CatalogService catalog;

    public SpeakerCurationResource(SpeakerMerge merge, SpeakerReader speakers, JsonBodies bodies,
                                   CatalogService catalog) {
        this.merge = merge;
        this.speakers = speakers;
        this.bodies = bodies;
        this.catalog = catalog;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "createSpeaker", summary = "Create a speaker",
            description = "Creates a speaker; its slug is made from the name and kept when the name changes. "
                    + "Server-set fields (`id`, `slug`, `version`, `statementCount`, ...) are refused.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = SpeakerInput.class),
            examples = @ExampleObject(name = "rand-paul", value = SPEAKER_INPUT_EXAMPLE)))
    @APIResponse(responseCode = "201", description = "Created; `Location` and `ETag` name it.",
            headers = {@Header(name = "Location", description = "The new speaker's URL.",
                    schema = @Schema(type = SchemaType.STRING)),
                    @Header(name = "ETag", description = CurationDocs.ETAG_HEADER,
                            schema = @Schema(type = SchemaType.STRING))},
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = SpeakerView.class),
                    examples = @ExampleObject(name = "rand-paul", value = ApiDocs.SPEAKER_EXAMPLE)))
    @APIResponse(responseCode = "409", description = "A speaker with this slug exists (or existed, and was merged).",
            content = @Content(mediaType = ApiDocs.PROBLEM_JSON, schema = @Schema(implementation = Problem.class)))
    public Response create(JsonNode body, @Context UriInfo uri) throws JsonProcessingException {
        UUID id = catalog.createSpeaker(bodies.read(body, SpeakerInput.class));
        SpeakerView created = speakers.byIdOrSlug(id.toString()).orElseThrow();
        return Response.created(uri.getAbsolutePathBuilder().path(created.slug()).build()).entity(created).build();
    }

    @PUT
    @Path("/{idOrSlug}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "replaceSpeaker", summary = "Replace a speaker",
            description = "Replaces name, kind, aliases, Wikidata id, description and roles; the slug stays. "
                    + "Requires `If-Match` with the current `ETag` (from `GET /speakers/{idOrSlug}`).")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = SpeakerInput.class),
            examples = @ExampleObject(name = "rand-paul", value = SPEAKER_INPUT_EXAMPLE)))
    @APIResponse(responseCode = "200", description = "The speaker as replaced, with its new `ETag`.",
            headers = @Header(name = "ETag", description = CurationDocs.ETAG_HEADER,
                    schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = SpeakerView.class),
                    examples = @ExampleObject(name = "rand-paul", value = ApiDocs.SPEAKER_EXAMPLE)))
    public SpeakerView replace(
            @Parameter(description = "The speaker's id or slug.", example = "rand-paul")
            @PathParam("idOrSlug") String idOrSlug,
            @Parameter(description = CurationDocs.IF_MATCH, required = true)
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            JsonNode body) throws JsonProcessingException {
        UUID id = catalog.replaceSpeaker(idOrSlug, ifMatch, bodies.read(body, SpeakerInput.class));
        return speakers.byIdOrSlug(id.toString()).orElseThrow();
    }

    @POST
    @Path("/{idOrSlug}/merge")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "mergeSpeaker", summary = "Merge a duplicate speaker into another",
            description = "Moves every statement of this speaker (as speaker and as `onBehalfOf`) to the speaker "
                    + "named by `into`, adds this speaker's name and aliases to its aliases (and its roles, and its "
                    + "Wikidata id and description where the survivor has none), and removes this speaker. Its slug "
                    + "keeps answering: `GET /speakers/{oldSlug}` and `/speakers/{oldSlug}/statements` give a 301 "
                    + "to the survivor. Each moved statement gets a history revision.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = MergeRequest.class),
            examples = @ExampleObject(name = "into", value = "{\"into\": \"rand-paul\"}")))
    @APIResponse(responseCode = "200", description = "The surviving speaker, after the merge.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = SpeakerView.class),
                    examples = @ExampleObject(name = "rand-paul", value = ApiDocs.SPEAKER_EXAMPLE)))
    @APIResponse(responseCode = "400", description = "`into` is missing or names no known speaker.",
            content = @Content(mediaType = ApiDocs.PROBLEM_JSON, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "The speaker would be merged into itself.",
            content = @Content(mediaType = ApiDocs.PROBLEM_JSON, schema = @Schema(implementation = Problem.class)))
    public SpeakerView merge(
            @Parameter(description = "The duplicate's id or slug.", example = "sen-rand-paul")
            @PathParam("idOrSlug") String idOrSlug,
            JsonNode body) throws JsonProcessingException {
        MergeRequest request = bodies.read(body, MergeRequest.class);
        var survivor = merge.merge(idOrSlug, request.into());
        return speakers.byIdOrSlug(survivor.toString()).orElseThrow();
    }

    @PATCH
    @Path("/{idOrSlug}")
    @Consumes(CurationDocs.MERGE_PATCH_JSON)
    @Operation(operationId = "patchSpeaker", summary = "Change some fields of a speaker",
            description = "An RFC 7396 JSON merge patch (`application/merge-patch+json`) applied to the speaker as "
                    + "its create body: members replace, `null` removes. The result is validated like a create. "
                    + "Requires `If-Match` with the current `ETag`.")
    @RequestBody(required = true, content = @Content(mediaType = CurationDocs.MERGE_PATCH_JSON,
            schema = @Schema(type = SchemaType.OBJECT, description = "Members of the create body to change."),
            examples = @ExampleObject(name = "one-field", value = "{\"description\": null}")))
    @APIResponse(responseCode = "200", description = "The speaker as changed, with its new `ETag`.",
            headers = @Header(name = "ETag", description = CurationDocs.ETAG_HEADER,
                    schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = SpeakerView.class),
                    examples = @ExampleObject(name = "changed", value = ApiDocs.SPEAKER_EXAMPLE)))
    public SpeakerView patch(
            @Parameter(description = "The speaker's id or slug.", example = "rand-paul")
            @PathParam("idOrSlug") String key,
            @Parameter(description = CurationDocs.IF_MATCH, required = true)
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            JsonNode patch) throws JsonProcessingException {
        UUID id = catalog.patchSpeaker(key, ifMatch, patch);
        return speakers.byIdOrSlug(id.toString()).orElseThrow();
    }
}
