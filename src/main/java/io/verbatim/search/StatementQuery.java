package io.verbatim.search;

import io.verbatim.domain.StatementKind;
import io.verbatim.domain.StatementStatus;
import io.verbatim.domain.Verdict;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * A validated statement search: filters are ANDed across fields and ORed within a repeated one. Empty lists and
 * nulls mean "no filter"; {@code statuses} is never empty.
 */
public record StatementQuery(
        String text,
        List<String> speakers,
        List<String> onBehalfOf,
        List<String> attributedTo,
        List<String> topics,
        String outlet,
        StatementKind kind,
        String language,
        String externalId,
        LocalDate from,
        LocalDate to,
        Set<StatementStatus> statuses,
        Set<Verdict> verdicts,
        Boolean reviewed,
        SearchSort sort,
        int limit,
        String cursor,
        Set<Facet> facets) {

    public static final int MAX_TEXT_LENGTH = 500;

    /** Published statements, newest first, optionally by one speaker: the plain listings. */
    public static StatementQuery newest(List<String> speakers, String cursor, int limit) {
        return new StatementQuery(null, speakers, List.of(), List.of(), List.of(), null, null, null, null, null, null,
                Set.of(StatementStatus.PUBLISHED), Set.of(), null, SearchSort.NEWEST, limit, cursor, Set.of());
    }

    /** Whether the statements' fact-checks narrow the search ({@code verdict} or {@code reviewed}). */
    public boolean hasReviewFilter() {
        return !verdicts.isEmpty() || reviewed != null;
    }

    public boolean hasText() {
        return text != null;
    }

    /**
     * What the results depend on besides paging, in a canonical form: a cursor carries a hash of it, so that a cursor
     * is only accepted for the query that issued it.
     */
    String fingerprint() {
        return String.join("\u001f", String.valueOf(text), sorted(speakers), sorted(onBehalfOf), sorted(attributedTo),
                sorted(topics),
                String.valueOf(outlet), String.valueOf(kind), String.valueOf(language), String.valueOf(externalId),
                String.valueOf(from), String.valueOf(to), sorted(statuses.stream().map(Enum::name).toList()),
                sort.name(), sorted(verdicts.stream().map(Enum::name).toList()), String.valueOf(reviewed));
    }

    private static String sorted(java.util.Collection<String> values) {
        return values.stream().sorted().collect(java.util.stream.Collectors.joining(","));
    }
}
