package io.verbatim.api;

import io.verbatim.search.StatementQuery;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** The query parameters of the statement search: the shared filters plus sort, paging and facets. */
public class StatementSearchParameters extends StatementFilterParameters {

    @QueryParam("sort")
    @Parameter(description = "`relevance` (the default when `q` is given; needs `q`), `newest` (the default "
            + "otherwise) or `oldest`, by the date said.",
            schema = @Schema(type = SchemaType.STRING, enumeration = {"relevance", "newest", "oldest"}))
    public String sort;

    @QueryParam("limit")
    @Parameter(description = ApiDocs.LIMIT, example = "20",
            schema = @Schema(type = SchemaType.INTEGER, format = "int32", minimum = "1", maximum = "100", defaultValue = "20"))
    public String limit;

    @QueryParam("cursor")
    @Parameter(description = ApiDocs.CURSOR + " A cursor is only valid with the same filters and sort.",
            schema = @Schema(type = SchemaType.STRING, maxLength = Paging.MAX_CURSOR_LENGTH))
    public String cursor;

    @QueryParam("facets")
    @Parameter(description = "Comma-separated facets to count over all matches: `speaker`, `topic`, `outlet`, "
            + "`year`, `kind`, `verdict` (statements by the verdicts of their fact-checks).", example = "speaker,year",
            schema = @Schema(type = SchemaType.STRING, maxLength = MAX_FACETS_LENGTH,
                    pattern = "^(speaker|topic|outlet|year|kind|verdict)(,(speaker|topic|outlet|year|kind|verdict))*$"))
    public String facets;

    public StatementQuery toQuery() {
        return toQuery(sort, Paging.limit(limit), Paging.cursor(cursor), facets(facets));
    }
}
