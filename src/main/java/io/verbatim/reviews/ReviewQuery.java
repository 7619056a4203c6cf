package io.verbatim.reviews;

import io.verbatim.domain.Verdict;

import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

/** The checked filters and paging of a review listing; null means "not filtered". */
public record ReviewQuery(UUID statement, String speaker, String publisher, Set<Verdict> verdicts, Boolean linked,
                          LocalDate from, LocalDate to, int limit, String cursor) {
}
