package io.verbatim.api;

import io.verbatim.curation.ETags;
import io.verbatim.problem.Problem;
import io.verbatim.problem.ProblemException;
import io.verbatim.reviews.ReviewHistory;
import io.verbatim.reviews.ReviewReader;
import io.verbatim.reviews.ReviewStore;
import io.verbatim.view.ReviewHistoryEntry;
import io.verbatim.view.ReviewPage;
import io.verbatim.view.ReviewView;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.core.Variant;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;
import java.util.UUID;

/** Fact-checks of statements: the listing and one by id. */
@Path("/api/v1/reviews")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Reviews", description = "Fact-checks (schema.org ClaimReview) linked to the statements they review.")
public class ReviewResource {

    private static final MediaType LD_JSON = MediaType.valueOf(ReviewImportResource.LD_JSON);
    private static final List<Variant> VARIANTS =
            Variant.mediaTypes(MediaType.APPLICATION_JSON_TYPE, LD_JSON).build();

    private final ReviewReader reader;
    private final ReviewStore store;
    private final ReviewHistory history;

    public ReviewResource(ReviewReader reader, ReviewStore store, ReviewHistory history) {
        this.reader = reader;
        this.store = store;
        this.history = history;
    }

    @GET
    @Operation(operationId = "listReviews", summary = "List fact-checks",
            description = "Reviews matching every given filter, newest publication first (undated last). "
                    + "`linked=false` lists the reviews the quote check could not link, for an editor to link by "
                    + "hand (PUT or PATCH with `statement`). Page with `limit` and the opaque `cursor`. An unknown "
                    + "speaker gives an empty page, not an error.")
    @APIResponse(responseCode = "200", description = "A page of reviews.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ReviewPage.class),
                    examples = @ExampleObject(name = "page", value = ReviewDocs.REVIEW_PAGE_EXAMPLE)))
    @APIResponse(responseCode = "400", description = "A parameter is invalid (`verdict=MAYBE`, `linked=perhaps`, "
            + "`from=yesterday`, a forged `cursor`); `errors` names it.",
            content = @Content(mediaType = ApiDocs.PROBLEM_JSON, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "bad-limit", value = ApiDocs.BAD_PARAMETER_EXAMPLE)))
    public ReviewPage list(@BeanParam ReviewListParameters parameters) {
        return reader.list(parameters.toQuery());
    }

    @GET
    @Path("/{id}")
    @Produces({MediaType.APPLICATION_JSON, ReviewImportResource.LD_JSON})
    @Operation(operationId = "getReview", summary = "Get one fact-check",
            description = "A review by id, with the statement it is linked to. The `ETag` names this version (send "
                    + "it as `If-Match` to edit, or as `If-None-Match` to get a 304 when nothing changed). With "
                    + "`Accept: application/ld+json` the answer is a schema.org `ClaimReview` whose `itemReviewed` is "
                    + "a `Claim`: its `author` is the speaker on record, its `appearance` the statement's sources and "
                    + "its `firstAppearance` the earliest of them (for an unlinked review, the claimant as named).")
    @APIResponse(responseCode = "200", description = "The review; `ETag` names its version.",
            headers = @Header(name = "ETag", description = "Strong tag `\"<id>-<version>\"` of this version.",
                    schema = @Schema(type = SchemaType.STRING)),
            content = {
                    @Content(mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = ReviewView.class),
                            examples = @ExampleObject(name = "linked", value = ReviewDocs.REVIEW_EXAMPLE)),
                    @Content(mediaType = ReviewImportResource.LD_JSON,
                            schema = @Schema(type = SchemaType.OBJECT, description = "A schema.org ClaimReview: url, "
                                    + "name, claimReviewed, datePublished, inLanguage, author (the fact-checker), "
                                    + "reviewRating, itemReviewed (a Claim: author, datePublished, text, appearance, "
                                    + "firstAppearance)."),
                            examples = @ExampleObject(name = "linked", value = ReviewDocs.CLAIM_REVIEW_LD_EXAMPLE))})
    @APIResponse(responseCode = "304", description = "`If-None-Match` names the current version: nothing changed.")
    @APIResponse(responseCode = "400", description = "The id is not a UUID.",
            content = @Content(mediaType = ApiDocs.PROBLEM_JSON, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No review has this id.",
            content = @Content(mediaType = ApiDocs.PROBLEM_JSON, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "unknown", value = ApiDocs.NOT_FOUND_EXAMPLE)))
    public Response get(
            @Parameter(description = "The review's id.", example = "6a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d",
                    schema = @Schema(type = SchemaType.STRING, format = "uuid"))
            @PathParam("id") String id,
            @Parameter(description = "ETags of versions the client has; a match answers 304.")
            @HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch,
            @Context Request request, @Context UriInfo uri) {
        UUID uuid = PathIds.uuid("id", id);
        Variant variant = request.selectVariant(VARIANTS);
        if (variant != null && variant.getMediaType().isCompatible(LD_JSON)) {
            var document = store.claimReview(uuid, uri.getAbsolutePath().toString(),
                            uri.getBaseUriBuilder().path("api/v1/statements").build().toString())
                    .orElseThrow(() -> ProblemException.notFound("No review has the id " + uuid + "."));
            String etag = "\"" + uuid + "-" + document.getValue() + "-ld\"";
            if (ETags.listed(ifNoneMatch, etag)) {
                return Response.notModified().header(HttpHeaders.ETAG, etag).build();
            }
            return Response.ok(document.getKey(), LD_JSON).header(HttpHeaders.ETAG, etag).build();
        }
        ReviewView review = store.byId(uuid)
                .orElseThrow(() -> ProblemException.notFound("No review has the id " + uuid + "."));
        String etag = ETags.of(uuid, review.version());
        if (ETags.listed(ifNoneMatch, etag)) {
            return Response.notModified().header(HttpHeaders.ETAG, etag).build();
        }
        return Response.ok(review, MediaType.APPLICATION_JSON_TYPE).header(HttpHeaders.ETAG, etag).build();
    }

    @GET
    @Path("/{id}/history")
    @Operation(operationId = "getReviewHistory", summary = "Get the history of a fact-check",
            description = "Every revision of the review, newest first, as for statements: when, by which API key "
                    + "(name and role), whether it CREATED, UPDATED, LINKED (to a statement, by the quote check or "
                    + "by hand), UNLINKED or DELETED it, and the review as it was after it, in the shape of "
                    + "`GET /reviews/{id}` (its `version` is the one its ETag named). A deleted review keeps its "
                    + "history; its DELETED entry shows it as it was when deleted.")
    @APIResponse(responseCode = "200", description = "The revisions, newest first.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(type = SchemaType.ARRAY, implementation = ReviewHistoryEntry.class),
                    examples = @ExampleObject(name = "linked-by-hand", value = ReviewDocs.REVIEW_HISTORY_EXAMPLE)))
    @APIResponse(responseCode = "400", description = "The id is not a UUID.",
            content = @Content(mediaType = ApiDocs.PROBLEM_JSON, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No review ever had this id.",
            content = @Content(mediaType = ApiDocs.PROBLEM_JSON, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "unknown", value = ApiDocs.NOT_FOUND_EXAMPLE)))
    public List<ReviewHistoryEntry> history(
            @Parameter(description = "The review's id.", example = "6a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d",
                    schema = @Schema(type = SchemaType.STRING, format = "uuid"))
            @PathParam("id") String id) {
        UUID uuid = PathIds.uuid("id", id);
        return history.of(uuid).orElseThrow(() -> ProblemException.notFound("No review has the id " + uuid + "."));
    }
}
