package io.verbatim.api;

import io.verbatim.domain.Ids;
import io.verbatim.problem.ProblemException;
import io.verbatim.reviews.ReviewQuery;
import io.verbatim.view.SchemaBounds;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.enums.Explode;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

import java.time.LocalDate;
import java.util.List;

/** The query parameters of the review listing, as received; {@link #toQuery} checks them. */
public class ReviewListParameters {

    /** One value of the repeatable verdict filter, as the contract shows it. */
    @Schema(name = "VerdictFilter", type = SchemaType.STRING,
            enumeration = {"TRUE", "MOSTLY_TRUE", "MIXED", "MOSTLY_FALSE", "FALSE", "UNVERIFIABLE", "OTHER"})
    static final class VerdictFilter {
    }

    @QueryParam("statement")
    @Parameter(description = "Reviews of this statement (its id).",
            schema = @Schema(type = SchemaType.STRING, format = "uuid", maxLength = 36))
    public String statement;

    @QueryParam("speaker")
    @Parameter(description = "Reviews of statements by this speaker (id or slug), e.g. `rand-paul`.",
            schema = @Schema(type = SchemaType.STRING, maxLength = StatementFilterParameters.MAX_VALUE_LENGTH))
    public String speaker;

    @QueryParam("publisher")
    @Parameter(description = "Reviews by this fact-checker: its name (case-insensitive) or its site's host, e.g. "
            + "`politifact.com`.", example = "PolitiFact",
            schema = @Schema(type = SchemaType.STRING, maxLength = StatementFilterParameters.MAX_VALUE_LENGTH))
    public String publisher;

    @QueryParam("verdict")
    @Parameter(description = "Reviews with this verdict; repeat for any of several.", explode = Explode.TRUE,
            schema = @Schema(type = SchemaType.ARRAY, implementation = VerdictFilter.class, maxItems = 7))
    public List<String> verdict;

    @QueryParam("linked")
    @Parameter(description = "`true`: only reviews linked to a statement; `false`: only the unlinked ones, for an "
            + "editor to link by hand (not those an editor chose to keep unlinked, `unlinkedByEditor`).", schema = @Schema(type = SchemaType.BOOLEAN))
    public String linked;

    @QueryParam("from")
    @Parameter(description = "Published on or after this date (ISO 8601, inclusive).", example = "2018-01-01",
            schema = @Schema(type = SchemaType.STRING, format = "date", maxLength = SchemaBounds.ISO_DATE))
    public String from;

    @QueryParam("to")
    @Parameter(description = "Published on or before this date (ISO 8601, inclusive).", example = "2018-12-31",
            schema = @Schema(type = SchemaType.STRING, format = "date", maxLength = SchemaBounds.ISO_DATE))
    public String to;

    @QueryParam("limit")
    @Parameter(description = ApiDocs.LIMIT, example = "20",
            schema = @Schema(type = SchemaType.INTEGER, format = "int32", minimum = "1", maximum = "100", defaultValue = "20"))
    public String limit;

    @QueryParam("cursor")
    @Parameter(description = ApiDocs.CURSOR,
            schema = @Schema(type = SchemaType.STRING, maxLength = Paging.MAX_CURSOR_LENGTH))
    public String cursor;

    public ReviewQuery toQuery() {
        String statementId = StatementFilterParameters.optional(statement);
        LocalDate end = StatementFilterParameters.dateTo(from, to);
        return new ReviewQuery(
                statementId == null ? null : Ids.parse(statementId).orElseThrow(() ->
                        ProblemException.invalidQuery("statement", "must be a UUID")),
                StatementFilterParameters.bounded("speaker", speaker),
                StatementFilterParameters.bounded("publisher", publisher),
                StatementFilterParameters.verdicts(verdict), StatementFilterParameters.bool("linked", linked),
                StatementFilterParameters.date("from", from), end, Paging.limit(limit), Paging.cursor(cursor));
    }
}
