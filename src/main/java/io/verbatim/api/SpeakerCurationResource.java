package io.verbatim.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import io.verbatim.curation.JsonBodies;
import io.verbatim.curation.MergeRequest;
import io.verbatim.curation.SpeakerMerge;
import io.verbatim.problem.Problem;
import io.verbatim.search.SpeakerReader;
import io.verbatim.security.Roles;
import io.verbatim.view.SpeakerView;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Curation of speakers, for editors: merging duplicates. */
@Path("/api/v1/speakers")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.EDITOR)
@SecurityRequirement(name = CurationDocs.BEARER)
@SecurityRequirement(name = CurationDocs.API_KEY)
@Tag(name = "Speakers")
public class SpeakerCurationResource {

    private final SpeakerMerge merge;
    private final SpeakerReader speakers;
    private final JsonBodies bodies;

    public SpeakerCurationResource(SpeakerMerge merge, SpeakerReader speakers, JsonBodies bodies) {
        this.merge = merge;
        this.speakers = speakers;
        this.bodies = bodies;
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
    @APIResponse(responseCode = "401", description = CurationDocs.UNAUTHORIZED,
            content = @Content(mediaType = ApiDocs.PROBLEM_JSON, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "anonymous", value = CurationDocs.UNAUTHORIZED_EXAMPLE)))
    @APIResponse(responseCode = "403", description = CurationDocs.FORBIDDEN,
            content = @Content(mediaType = ApiDocs.PROBLEM_JSON, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No speaker has this id or slug.",
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
}
