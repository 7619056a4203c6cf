package io.verbatim.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import io.verbatim.curation.ETags;
import io.verbatim.curation.JsonBodies;
import io.verbatim.problem.Problem;
import io.verbatim.reviews.ReviewInput;
import io.verbatim.reviews.ReviewService;
import io.verbatim.security.Roles;
import io.verbatim.view.ReviewView;
import jakarta.annotation.security.RolesAllowed;
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

/** Writes to fact-checks, for editors: create (linked through the quote check), replace, merge-patch, delete. */
@Path("/api/v1/reviews")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.EDITOR)
@SecurityRequirement(name = CurationDocs.BEARER, scopes = Roles.EDITOR)
@SecurityRequirement(name = CurationDocs.API_KEY, scopes = Roles.EDITOR)
@Tag(name = "Reviews")
@APIResponse(responseCode = "401", description = CurationDocs.UNAUTHORIZED,
        content = @Content(mediaType = ApiDocs.PROBLEM_JSON, schema = @Schema(implementation = Problem.class),
                examples = @ExampleObject(name = "anonymous", value = CurationDocs.UNAUTHORIZED_EXAMPLE)))
public class ReviewCurationResource {

    private static final String ID = "The review's id.";

    private final ReviewService service;
    private final JsonBodies bodies;

    public ReviewCurationResource(ReviewService service, JsonBodies bodies) {
        this.service = service;
        this.bodies = bodies;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "createReview", summary = "Record a fact-check",
            description = "Stores a review. With `statement` it is linked to that statement by hand (`match` "
                    + "MANUAL). Without, the quote check looks for `claimReviewed` said by `claimant`: an EXACT, "
                    + "EXCERPT or NEAR match by that speaker links it (the match kind is stored, and the claim's "
                    + "character span when it is a cut of the statement); anything else (no claimant, someone else, "
                    + "a paraphrase, nothing on record) leaves it unlinked, listed by `GET /reviews?linked=false`. "
                    + "The verdict is mapped from the rating's label (or its value between worst and best); an "
                    + "unknown label gives OTHER with `verdictFrom` UNMAPPED, never an error.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = ReviewInput.class),
            examples = @ExampleObject(name = "nukes", value = ReviewDocs.REVIEW_INPUT_EXAMPLE)))
    @APIResponse(responseCode = "201", description = "Created; `Location` and `ETag` name it.",
            headers = {@Header(name = "Location", description = "The new review's URL.",
                    schema = @Schema(type = SchemaType.STRING)),
                    @Header(name = "ETag", description = CurationDocs.ETAG_HEADER,
                            schema = @Schema(type = SchemaType.STRING))},
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ReviewView.class),
                    examples = @ExampleObject(name = "linked", value = ReviewDocs.REVIEW_EXAMPLE)))
    @APIResponse(responseCode = "400", description = "The body is invalid (a missing `url` or `claimReviewed`, a "
            + "`statement` that names nothing); `errors` names each field.",
            content = @Content(mediaType = ApiDocs.PROBLEM_JSON, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "future", value = CurationDocs.INVALID_BODY_EXAMPLE)))
    @APIResponse(responseCode = "409", description = "A review with this `url` exists already.",
            content = @Content(mediaType = ApiDocs.PROBLEM_JSON, schema = @Schema(implementation = Problem.class)))
    public Response create(JsonNode body, @Context UriInfo uri) throws JsonProcessingException {
        ReviewView created = service.create(bodies.read(body, ReviewInput.class));
        return Response.created(uri.getAbsolutePathBuilder().path(created.id().toString()).build())
                .header(HttpHeaders.ETAG, ETags.of(created.id(), created.version()))
                .entity(created).build();
    }

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "replaceReview", summary = "Replace a fact-check",
            description = "Replaces every writable field, as in a create: with `statement` the review is linked by "
                    + "hand, without it the quote check links it again. Requires `If-Match` with the current `ETag`: "
                    + "428 without it, 412 when the review changed since it was read.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = ReviewInput.class),
            examples = @ExampleObject(name = "nukes", value = ReviewDocs.REVIEW_INPUT_EXAMPLE)))
    @APIResponse(responseCode = "200", description = "The review as replaced, with its new `ETag`.",
            headers = @Header(name = "ETag", description = CurationDocs.ETAG_HEADER,
                    schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ReviewView.class),
                    examples = @ExampleObject(name = "linked", value = ReviewDocs.REVIEW_EXAMPLE)))
    public Response replace(
            @Parameter(description = ID, schema = @Schema(type = SchemaType.STRING, format = "uuid"))
            @PathParam("id") String id,
            @Parameter(description = CurationDocs.IF_MATCH, required = true)
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            JsonNode body) throws JsonProcessingException {
        UUID uuid = PathIds.uuid("id", id);
        return withETag(service.replace(uuid, ifMatch, bodies.read(body, ReviewInput.class)));
    }

    @PATCH
    @Path("/{id}")
    @Consumes(CurationDocs.MERGE_PATCH_JSON)
    @Operation(operationId = "patchReview", summary = "Change some fields of a fact-check",
            description = "An RFC 7396 JSON merge patch (`application/merge-patch+json`) applied to the review as a "
                    + "`ReviewInput`: members replace, `null` removes. `{\"statement\": \"<id>\"}` links the review "
                    + "by hand; `{\"statement\": null}` hands it back to the quote check; `{\"statement\": null, "
                    + "\"unlinkedByEditor\": true}` unlinks it for good (a wrong link, or a claim not on record). "
                    + "The result is validated "
                    + "like a create. Requires `If-Match` with the current `ETag`.")
    @RequestBody(required = true, content = @Content(mediaType = CurationDocs.MERGE_PATCH_JSON,
            schema = @Schema(type = SchemaType.OBJECT, description = "Members of a ReviewInput to change."),
            examples = @ExampleObject(name = "link", value = ReviewDocs.REVIEW_PATCH_EXAMPLE)))
    @APIResponse(responseCode = "200", description = "The review as changed, with its new `ETag`.",
            headers = @Header(name = "ETag", description = CurationDocs.ETAG_HEADER,
                    schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ReviewView.class),
                    examples = @ExampleObject(name = "linked", value = ReviewDocs.REVIEW_EXAMPLE)))
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
    @Operation(operationId = "deleteReview", summary = "Delete a fact-check",
            description = "Removes the review (its history keeps every version). With `If-Match`, only when it "
                    + "names the current version.")
    @APIResponse(responseCode = "204", description = "Deleted.")
    public Response delete(
            @Parameter(description = ID, schema = @Schema(type = SchemaType.STRING, format = "uuid"))
            @PathParam("id") String id,
            @Parameter(description = CurationDocs.IF_MATCH_OPTIONAL)
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        service.delete(PathIds.uuid("id", id), ifMatch);
        return Response.noContent().build();
    }

    private static Response withETag(ReviewView review) {
        return Response.ok(review).header(HttpHeaders.ETAG, ETags.of(review.id(), review.version())).build();
    }
}
