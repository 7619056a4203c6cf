package io.verbatim.api;

import io.verbatim.problem.Problem;
import io.verbatim.problem.ProblemException;
import io.verbatim.search.TopicReader;
import io.verbatim.view.TopicPage;
import io.verbatim.view.TopicView;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The topic tree. */
@Path("/api/v1/topics")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Topics", description = "What statements are about, as a tree of topics.")
public class TopicResource {

    private final TopicReader topics;

    public TopicResource(TopicReader topics) {
        this.topics = topics;
    }

    @GET
    @Operation(operationId = "listTopics", summary = "List topics",
            description = "Every topic in slug order, with its parent and its count of published statements "
                    + "(statements about its subtopics included, each counted once).")
    @APIResponse(responseCode = "200", description = "A page of topics.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = TopicPage.class),
                    examples = @ExampleObject(name = "page", value = ApiDocs.TOPIC_PAGE_EXAMPLE)))
    @APIResponse(responseCode = "400", description = "A parameter is invalid; `errors` names it.",
            content = @Content(mediaType = ApiDocs.PROBLEM_JSON, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "bad-limit", value = ApiDocs.BAD_PARAMETER_EXAMPLE)))
    public TopicPage list(
            @Parameter(description = ApiDocs.LIMIT, example = "20",
                    schema = @Schema(type = SchemaType.INTEGER, format = "int32", minimum = "1", maximum = "100", defaultValue = "20"))
            @QueryParam("limit") String limit,
            @Parameter(description = ApiDocs.CURSOR,
                    schema = @Schema(type = SchemaType.STRING, maxLength = Paging.MAX_CURSOR_LENGTH))
            @QueryParam("cursor") String cursor) {
        return topics.page(Paging.cursor(cursor), Paging.limit(limit));
    }

    @GET
    @Path("/{slug}")
    @Operation(operationId = "getTopic", summary = "Get one topic", description = "A topic by slug, with its parent and statement count.")
    @APIResponse(responseCode = "200", description = "The topic.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = TopicView.class),
                    examples = @ExampleObject(name = "russia-sanctions", value = ApiDocs.TOPIC_EXAMPLE)))
    @APIResponse(responseCode = "404", description = "No topic has this slug.",
            content = @Content(mediaType = ApiDocs.PROBLEM_JSON, schema = @Schema(implementation = Problem.class)))
    public TopicView get(
            @Parameter(description = "The topic's slug.", example = "russia-sanctions") @PathParam("slug") String slug) {
        return topics.bySlug(slug)
                .orElseThrow(() -> ProblemException.notFound("No topic has the slug '" + slug + "'."));
    }
}
