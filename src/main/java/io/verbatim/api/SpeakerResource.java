package io.verbatim.api;

import io.verbatim.domain.SpeakerKind;
import io.verbatim.curation.SpeakerRedirects;
import io.verbatim.problem.Problem;
import io.verbatim.problem.ProblemException;
import io.verbatim.search.SpeakerReader;
import io.verbatim.search.StatementQuery;
import io.verbatim.search.StatementSearch;
import io.verbatim.view.SpeakerPage;
import io.verbatim.view.SpeakerView;
import io.verbatim.view.StatementPage;
import java.util.List;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** People and organisations that statements are attributed to. */
@Path("/api/v1/speakers")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Speakers", description = "People and organisations, with aliases and roles over time.")
public class SpeakerResource {

    private static final String ID_OR_SLUG = "The speaker's id (UUID) or slug.";
    private static final int MAX_NAME_QUERY = 200;
    private static final String MOVED = "The slug is that of a speaker merged into another: `Location` names the "
            + "surviving speaker.";

    private final SpeakerReader speakers;
    private final StatementSearch statements;
    private final SpeakerRedirects redirects;

    public SpeakerResource(SpeakerReader speakers, StatementSearch statements, SpeakerRedirects redirects) {
        this.speakers = speakers;
        this.statements = statements;
        this.redirects = redirects;
    }

    @GET
    @Operation(operationId = "listSpeakers", summary = "List or look up speakers",
            description = "Without `q`: every speaker in slug order. With `q`: speakers whose name or an alias is "
                    + "close to `q`, case- and accent-insensitive and typo-tolerant (\"Bjorn Akesson\" finds "
                    + "\"Björn Åkesson\", \"Thadeus Brenan\" finds \"Thaddeus Brennan\", \"shaheen\" finds "
                    + "\"Jeanne Shaheen\"), best match first, each with its `score`. Each speaker carries its count "
                    + "of published statements.")
    @APIResponse(responseCode = "200", description = "A page of speakers.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = SpeakerPage.class),
                    examples = @ExampleObject(name = "page", value = ApiDocs.SPEAKER_PAGE_EXAMPLE)))
    @APIResponse(responseCode = "400", description = "A parameter is invalid; `errors` names it.",
            content = @Content(mediaType = ApiDocs.PROBLEM_JSON, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "bad-limit", value = ApiDocs.BAD_PARAMETER_EXAMPLE)))
    public SpeakerPage list(
            @Parameter(description = "Name or alias to look up, typos allowed.", example = "rand pual",
                    schema = @Schema(type = SchemaType.STRING, maxLength = MAX_NAME_QUERY))
            @QueryParam("q") String q,
            @Parameter(description = "Only speakers of this kind.",
                    schema = @Schema(implementation = SpeakerKind.class))
            @QueryParam("kind") String kind,
            @Parameter(description = ApiDocs.LIMIT, example = "20",
                    schema = @Schema(type = SchemaType.INTEGER, format = "int32", minimum = "1", maximum = "100", defaultValue = "20"))
            @QueryParam("limit") String limit,
            @Parameter(description = ApiDocs.CURSOR,
                    schema = @Schema(type = SchemaType.STRING, maxLength = Paging.MAX_CURSOR_LENGTH))
            @QueryParam("cursor") String cursor) {
        SpeakerKind speakerKind = speakerKind(kind);
        int pageSize = Paging.limit(limit);
        String after = Paging.cursor(cursor);
        String text = q == null || q.isBlank() ? null : q.strip();
        if (text == null) {
            return speakers.bySlug(speakerKind, after, pageSize);
        }
        if (text.length() > MAX_NAME_QUERY) {
            throw ProblemException.invalidQuery("q", "must be at most " + MAX_NAME_QUERY + " characters");
        }
        return speakers.byMatch(text, speakerKind, after, pageSize);
    }

    private static SpeakerKind speakerKind(String kind) {
        if (kind == null || kind.isBlank()) {
            return null;
        }
        try {
            return SpeakerKind.valueOf(kind.strip());
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalidQuery("kind", "must be one of PERSON, ORGANIZATION");
        }
    }

    @GET
    @Path("/{idOrSlug}")
    @Operation(operationId = "getSpeaker", summary = "Get one speaker", description = "A speaker by id or slug, with aliases and roles.")
    @APIResponse(responseCode = "200", description = "The speaker.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = SpeakerView.class),
                    examples = @ExampleObject(name = "rand-paul", value = ApiDocs.SPEAKER_EXAMPLE)))
    @APIResponse(responseCode = "301", description = MOVED,
            headers = @Header(name = "Location", description = "The surviving speaker's URL.",
                    schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "404", description = "No speaker has this id or slug.",
            content = @Content(mediaType = ApiDocs.PROBLEM_JSON, schema = @Schema(implementation = Problem.class)))
    public SpeakerView get(
            @Parameter(description = ID_OR_SLUG, example = "rand-paul") @PathParam("idOrSlug") String idOrSlug,
            @Context UriInfo uri) {
        return speakers.byIdOrSlug(idOrSlug).orElseThrow(() -> unknownSpeaker(idOrSlug, uri));
    }

    @GET
    @Path("/{idOrSlug}/statements")
    @Operation(operationId = "listSpeakerStatements", summary = "List a speaker's statements",
            description = "Published statements made by this speaker, newest first, paged like `GET /statements`. "
                    + "Statements made on the speaker's behalf by others are not included.")
    @APIResponse(responseCode = "200", description = "A page of the speaker's statements.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = StatementPage.class),
                    examples = @ExampleObject(name = "page", value = ApiDocs.STATEMENT_PAGE_EXAMPLE)))
    @APIResponse(responseCode = "400", description = "A parameter is invalid; `errors` names it.",
            content = @Content(mediaType = ApiDocs.PROBLEM_JSON, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "301", description = MOVED,
            headers = @Header(name = "Location", description = "The surviving speaker's statements URL.",
                    schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "404", description = "No speaker has this id or slug.",
            content = @Content(mediaType = ApiDocs.PROBLEM_JSON, schema = @Schema(implementation = Problem.class)))
    public StatementPage statements(
            @Parameter(description = ID_OR_SLUG, example = "sergio-gor") @PathParam("idOrSlug") String idOrSlug,
            @Parameter(description = ApiDocs.LIMIT, example = "20",
                    schema = @Schema(type = SchemaType.INTEGER, format = "int32", minimum = "1", maximum = "100", defaultValue = "20"))
            @QueryParam("limit") String limit,
            @Parameter(description = ApiDocs.CURSOR,
                    schema = @Schema(type = SchemaType.STRING, maxLength = Paging.MAX_CURSOR_LENGTH))
            @QueryParam("cursor") String cursor,
            @Context UriInfo uri) {
        int pageSize = Paging.limit(limit);
        String after = Paging.cursor(cursor);
        var speaker = speakers.find(idOrSlug).orElseThrow(() -> unknownSpeaker(idOrSlug, uri));
        return statements.search(StatementQuery.newest(List.of(speaker.id.toString()), after, pageSize));
    }

    /** A 301 to the survivor when the slug is that of a merged speaker, else a 404. */
    private RuntimeException unknownSpeaker(String idOrSlug, UriInfo uri) {
        return redirects.target(idOrSlug)
                .<RuntimeException>map(survivor -> SpeakerMoved.to(survivor.slug, uri))
                .orElseGet(() -> ProblemException.notFound("No speaker has the id or slug '" + idOrSlug + "'."));
    }
}
