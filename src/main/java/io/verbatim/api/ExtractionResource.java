package io.verbatim.api;

import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import io.quarkus.security.identity.SecurityIdentity;
import io.verbatim.extraction.ExtractionRequest;
import io.verbatim.extraction.ExtractionResult;
import io.verbatim.extraction.ExtractionService;
import io.verbatim.problem.Problem;
import io.verbatim.security.Roles;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
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

import java.util.Set;

/** From a news article to attributed statements, ready for review. */
@Path("/api/v1/extractions")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Extractions", description = "Quotes and reported statements pulled from an article, with their speakers.")
public class ExtractionResource {

    private final ExtractionService service;
    private final SecurityIdentity identity;
    private final Validator validator;

    public ExtractionResource(ExtractionService service, SecurityIdentity identity, Validator validator) {
        this.service = service;
        this.identity = identity;
        this.validator = validator;
    }

    @POST
    @Operation(operationId = "extractStatements", summary = "Extract attributed statements from an article",
            description = "Finds every quote (straight or curly quotation marks, split quotes, quotes continued in "
                    + "the next paragraph, partial quotes inside a sentence) and reported statement (\"according to "
                    + "X, ...\", \"which X later said was ...\", \"X said that ...\") in an English news article, with "
                    + "its speaker: names with titles and party-state tags, appositives, surnames, descriptions (\"the "
                    + "Kentucky senator\") and pronouns resolved to the person meant, spokespeople and offices with the "
                    + "principal they speak for, organisations. Quotes without a speaker are listed in "
                    + "`unattributed`, never guessed (an unnamed spokesperson's with the principal, `onBehalfOf`). Names are matched to catalogue speakers by slug, alias or a "
                    + "close name. Rule-based and explainable: `explain=true` lists the rules behind each statement. "
                    + "Nothing is stored unless `save=true` (editor role): then each attributed statement is created "
                    + "as PENDING_REVIEW with the source, the matched or new speakers and the article's date, to be "
                    + "published with `POST /statements/{id}/publish`.")
    @SecurityRequirement(name = CurationDocs.BEARER, scopes = Roles.EDITOR)
    @SecurityRequirement(name = CurationDocs.API_KEY, scopes = Roles.EDITOR)
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = ExtractionRequest.class),
            examples = @ExampleObject(name = "seed", summary = "From the seed article",
                    value = ExtractionDocs.REQUEST_EXAMPLE)))
    @APIResponse(responseCode = "200", description = "The statements found, in article order, and the quotes with no "
            + "speaker; with `save=true` each statement carries the `statementId` it was stored under.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ExtractionResult.class),
                    examples = @ExampleObject(name = "seed", value = ExtractionDocs.RESULT_EXAMPLE)))
    @APIResponse(responseCode = "400", description = "The body is not valid: `text` missing, blank or over 100,000 "
            + "characters, a language other than English, a bad source URL or date; with `save=true`, no "
            + "`source.url` or no date. `errors` names each field.",
            content = @Content(mediaType = ApiDocs.PROBLEM_JSON, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "too-long", value = ExtractionDocs.TOO_LONG_EXAMPLE)))
    @APIResponse(responseCode = "401", description = "`save=true` without an API key.",
            content = @Content(mediaType = ApiDocs.PROBLEM_JSON, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "anonymous", value = CurationDocs.UNAUTHORIZED_EXAMPLE)))
    @APIResponse(responseCode = "403", description = "`save=true` with a key that has no editor role.",
            content = @Content(mediaType = ApiDocs.PROBLEM_JSON, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "415", description = "The body is not JSON.",
            content = @Content(mediaType = ApiDocs.PROBLEM_JSON, schema = @Schema(implementation = Problem.class)))
    public ExtractionResult extract(
            @Parameter(description = "Store the attributed statements as PENDING_REVIEW (editor role). Default false.")
            @QueryParam("save") @DefaultValue("false") boolean save,
            @Parameter(description = "List the rules behind each statement in `explain`. Default false.")
            @QueryParam("explain") @DefaultValue("false") boolean explain,
            @NotNull ExtractionRequest request) {
        // the role is checked before the body is validated, as on the other write routes
        if (save && identity.isAnonymous()) {
            throw new UnauthorizedException();
        }
        if (save && !identity.hasRole(Roles.EDITOR)) {
            throw new ForbiddenException();
        }
        Set<ConstraintViolation<ExtractionRequest>> violations = validator.validate(request);
        if (!violations.isEmpty()) {
            throw new ConstraintViolationException(violations);
        }
        return save ? service.extractAndSave(request, explain) : service.extract(request, explain);
    }
}
