package io.verbatim.api;

import io.verbatim.problem.Problem;
import io.verbatim.quotecheck.QuoteCheckRequest;
import io.verbatim.quotecheck.QuoteCheckResult;
import io.verbatim.quotecheck.QuoteCheckService;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** "Did this person really say this?" in one call. */
@Path("/api/v1/quote-checks")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Quote checks", description = "Whether a circulating quote is on record, word for word, and by whom.")
public class QuoteCheckResource {

    private final QuoteCheckService service;

    public QuoteCheckResource(QuoteCheckService service) {
        this.service = service;
    }

    @POST
    @Operation(operationId = "checkQuote", summary = "Check a quote against the record",
            description = "Compares a claimed quote with the recorded statements, ignoring case, punctuation, curly "
                    + "versus straight quotes and spacing. Each close statement is reported as EXACT (the same words), "
                    + "EXCERPT (a contiguous part of it, with where it starts and ends), NEAR (a few words changed, "
                    + "added or dropped, listed word by word in `differences`) or PARAPHRASE (the same content in other "
                    + "words; never verifies). The verdict weighs the claimed speaker (names, aliases and typos are "
                    + "resolved like the speaker lookup): VERIFIED for an EXACT or EXCERPT match by that speaker (or by "
                    + "anyone when none is claimed; `firstPublished` names the earliest source on record), ALTERED for "
                    + "a NEAR match by that speaker, SAID_ON_BEHALF when a spokesperson said it on the claimed "
                    + "speaker's behalf (who spoke in `attributedTo`, for whom in `onBehalfOf`), MISATTRIBUTED when the "
                    + "closest match is someone else's (named in `attributedTo`), NOT_FOUND otherwise. Retracted or "
                    + "unpublished statements never verify a quote; a match to one is reported with its status. "
                    + "Nothing is stored.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = QuoteCheckRequest.class),
            examples = {
                    @ExampleObject(name = "cut", summary = "Gor's line, cut", value = ApiDocs.QUOTE_CHECK_CUT_REQUEST),
                    @ExampleObject(name = "misquoted", summary = "Gor's line, misquoted and given to Rand Paul",
                            value = ApiDocs.QUOTE_CHECK_MISQUOTED_REQUEST)}))
    @APIResponse(responseCode = "200", description = "The verdict and the closest recorded statements.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = QuoteCheckResult.class),
                    examples = @ExampleObject(name = "said-on-behalf", value = ApiDocs.QUOTE_CHECK_RESULT_EXAMPLE)))
    @APIResponse(responseCode = "400", description = "The body is not valid: `text` missing, blank or over 2,000 "
            + "characters, a bad date, an unknown field; `errors` names each field.",
            content = @Content(mediaType = ApiDocs.PROBLEM_JSON, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "too-long", value = ApiDocs.QUOTE_CHECK_PROBLEM_EXAMPLE)))
    @APIResponse(responseCode = "415", description = "The body is not JSON.",
            content = @Content(mediaType = ApiDocs.PROBLEM_JSON, schema = @Schema(implementation = Problem.class)))
    public QuoteCheckResult check(@Valid @NotNull QuoteCheckRequest request) {
        return service.check(request);
    }
}
