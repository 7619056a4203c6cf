package io.verbatim.search;

import io.verbatim.domain.StatementStatus;


/** The WHERE clause of a statement search, over {@code statement s}. */
final class StatementFilters {

    private StatementFilters() {
    }

    static Sql where(StatementQuery query, ResolvedNames resolved, TextMatch match) {
        return where(query, resolved, match == null ? null : match.condition());
    }

    /** The WHERE clause with {@code text} (a text condition, or null for none) in place of the indexed match. */
    static Sql where(StatementQuery query, ResolvedNames resolved, Sql text) {
        String[] statuses = query.statuses().stream().map(StatementStatus::name).sorted().toArray(String[]::new);
        // With one status (the usual case) an equality lets PostgreSQL walk the (status, said_on, id) index in order.
        Sql where = statuses.length == 1
                ? new Sql().append(" WHERE s.status = ?", statuses[0])
                : new Sql().append(" WHERE s.status = ANY(?)", (Object) statuses);
        if (resolved.speakers() != null) {
            where.append(" AND ").append(oneOf("s.speaker_id", resolved.speakers()));
        }
        if (resolved.onBehalfOf() != null) {
            where.append(" AND ").append(oneOf("s.on_behalf_of_id", resolved.onBehalfOf()));
        }
        if (resolved.attributedTo() != null) {
            // By or on behalf of: two index conditions ORed, which PostgreSQL answers with a bitmap OR.
            where.append(" AND (").append(oneOf("s.speaker_id", resolved.attributedTo())).append(" OR ")
                    .append(oneOf("s.on_behalf_of_id", resolved.attributedTo())).append(")");
        }
        if (resolved.topics() != null) {
            where.append(" AND EXISTS (SELECT 1 FROM statement_topic st WHERE st.statement_id = s.id"
                    + " AND st.topic_id = ANY(?))", (Object) resolved.topics());
        }
        if (query.outlet() != null) {
            where.append(" AND EXISTS (SELECT 1 FROM statement_source ss JOIN source so ON so.id = ss.source_id"
                    + " WHERE ss.statement_id = s.id AND verbatim_fold(so.outlet) = verbatim_fold(?))", query.outlet());
        }
        if (query.kind() != null) {
            where.append(" AND s.kind = ?", query.kind().name());
        }
        if (query.language() != null) {
            where.append(" AND lower(s.language) = lower(?)", query.language());
        }
        if (query.externalId() != null) {
            where.append(" AND s.external_id = ?", query.externalId());
        }
        if (query.from() != null) {
            where.append(" AND s.said_on >= ?", query.from());
        }
        if (query.to() != null) {
            where.append(" AND s.said_on <= ?", query.to());
        }
        if (!query.verdicts().isEmpty()) {
            where.append(" AND EXISTS (SELECT 1 FROM review r WHERE r.statement_id = s.id AND r.verdict = ANY(?))",
                    (Object) query.verdicts().stream().map(Enum::name).sorted().toArray(String[]::new));
        }
        if (query.reviewed() != null) {
            where.append(query.reviewed() ? " AND EXISTS (SELECT 1 FROM review r WHERE r.statement_id = s.id)"
                    : " AND NOT EXISTS (SELECT 1 FROM review r WHERE r.statement_id = s.id)");
        }
        if (text != null) {
            where.append(" AND ").append(text);
        }
        return where;
    }

    /**
     * An equality for a single id, so that PostgreSQL can walk the (speaker, status, date) index in order; a
     * parameter array hides how many values there are from the planner.
     */
    private static Sql oneOf(String column, java.util.UUID[] ids) {
        return ids.length == 1
                ? new Sql().append(column + " = ?", ids[0])
                : new Sql().append(column + " = ANY(?)", (Object) ids);
    }

    /** Whether only topics and the status narrow the search, so that the topic links can be counted alone. */
    static boolean topicsAndStatusOnly(StatementQuery query) {
        return !query.topics().isEmpty() && !query.hasText() && !query.hasReviewFilter() && query.speakers().isEmpty()
                && query.onBehalfOf().isEmpty() && query.attributedTo().isEmpty() && query.outlet() == null
                && query.kind() == null
                && query.language() == null && query.externalId() == null && query.from() == null && query.to() == null;
    }

    /** Whether only the status narrows the search, so that per-status counts give the total. */
    static boolean statusOnly(StatementQuery query) {
        return !query.hasText() && !query.hasReviewFilter() && query.speakers().isEmpty() && query.onBehalfOf().isEmpty()
                && query.attributedTo().isEmpty() && query.topics().isEmpty()
                && query.outlet() == null && query.kind() == null && query.language() == null
                && query.externalId() == null && query.from() == null && query.to() == null;
    }
}
