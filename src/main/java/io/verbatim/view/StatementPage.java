package io.verbatim.view;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;
import java.util.Map;

/**
 * One page of statements (each as PostgreSQL built it, see {@link io.verbatim.search.StatementJson}), the number of
 * all matches, the cursor to the next page and the requested facets.
 */
@Schema(description = "A page of statements.",
        requiredProperties = {"items", "nextCursor", "total", "totalRelation", "facets"})
public record StatementPage(
        @Schema(type = SchemaType.ARRAY, implementation = StatementView.class, maxItems = PageBounds.MAX_LIMIT)
        List<JsonText> items,
        @Schema(description = "Pass as `cursor` to get the next page; null on the last page.", nullable = true,
                maxLength = PageBounds.MAX_CURSOR_LENGTH)
        String nextCursor,
        @Schema(description = "How many statements match in all, not only on this page: exact when `totalRelation` is"
                + " `eq`; when it is `gte`, more match and this is a lower bound (a search counts at most"
                + " `VERBATIM_SEARCH_WINDOW` matches, 200 by default, so that its cost does not grow with the number"
                + " of matches).", example = "1", minimum = "0", maximum = SchemaBounds.INT64_MAX)
        long total,
        @Schema(description = "`eq`: `total` is the exact number of matches; `gte`: at least `total` match.",
                enumeration = {"eq", "gte"}, example = "eq")
        String totalRelation,
        @Schema(description = "For each facet asked for in `facets`, its most frequent values (at most 20; every"
                + " year and kind), most frequent first, years newest first. Counted over every match when at most"
                + " `VERBATIM_SEARCH_WINDOW` match, else over the first `VERBATIM_SEARCH_WINDOW` matches in the order of the search"
                + " (the newest ones for relevance).",
                example = "{\"speaker\": [{\"value\": \"jeanne-shaheen\", \"label\": \"Jeanne Shaheen\", \"count\": 1}]}")
        Map<String, List<FacetCount>> facets) {

    /** `total` is exact. */
    public static final String EXACT = "eq";
    /** `total` is a lower bound. */
    public static final String AT_LEAST = "gte";
}
