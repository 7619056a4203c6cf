package io.verbatim.view;

import io.verbatim.api.Paging;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;
import java.util.Map;

/**
 * One page of statements (each as PostgreSQL built it, see {@link io.verbatim.search.StatementJson}), the number of
 * all matches, the cursor to the next page and the requested facets.
 */
@Schema(description = "A page of statements.",
        requiredProperties = {"items", "nextCursor", "total", "facets"})
public record StatementPage(
        @Schema(type = SchemaType.ARRAY, implementation = StatementView.class, maxItems = Paging.MAX_LIMIT)
        List<JsonText> items,
        @Schema(description = "Pass as `cursor` to get the next page; null on the last page.", nullable = true,
                maxLength = Paging.MAX_CURSOR_LENGTH)
        String nextCursor,
        @Schema(description = "How many statements match in all, not only on this page.", example = "1", minimum = "0",
                maximum = SchemaBounds.INT64_MAX)
        long total,
        @Schema(description = "For each facet asked for in `facets`, its most frequent values (at most 20; every"
                + " year and kind), most frequent first, years newest first.",
                example = "{\"speaker\": [{\"value\": \"jeanne-shaheen\", \"label\": \"Jeanne Shaheen\", \"count\": 1}]}")
        Map<String, List<FacetCount>> facets) {
}
