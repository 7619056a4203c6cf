package io.verbatim.search;

import io.verbatim.domain.Ids;
import io.verbatim.domain.Slugs;
import io.verbatim.domain.StatementStatus;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** The WHERE clause of a statement search, over {@code statement s}. */
final class StatementFilters {

    private StatementFilters() {
    }

    static Sql where(StatementQuery query, TextMatch match) {
        Sql where = new Sql().append(" WHERE s.status = ANY(?)",
                (Object) query.statuses().stream().map(StatementStatus::name).sorted().toArray(String[]::new));
        if (!query.speakers().isEmpty()) {
            where.append(" AND s.speaker_id IN (").append(speakerIds(query.speakers())).append(")");
        }
        if (!query.onBehalfOf().isEmpty()) {
            where.append(" AND s.on_behalf_of_id IN (").append(speakerIds(query.onBehalfOf())).append(")");
        }
        if (!query.topics().isEmpty()) {
            where.append(" AND EXISTS (SELECT 1 FROM statement_topic st WHERE st.statement_id = s.id AND st.topic_id IN ("
                    + "WITH RECURSIVE subtree(id) AS (SELECT id FROM topic WHERE slug = ANY(?)"
                    + " UNION SELECT child.id FROM topic child JOIN subtree ON child.parent_id = subtree.id)"
                    + " SELECT id FROM subtree))", (Object) slugs(query.topics()));
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
        if (match != null) {
            where.append(" AND ").append(match.condition());
        }
        return where;
    }

    /** Speakers named by id or slug; a name that matches nothing simply selects nothing. */
    private static Sql speakerIds(List<String> idsOrSlugs) {
        UUID[] ids = idsOrSlugs.stream().map(Ids::parse).flatMap(java.util.Optional::stream).toArray(UUID[]::new);
        return new Sql().append("SELECT id FROM speaker WHERE id = ANY(?) OR slug = ANY(?)", ids, slugs(idsOrSlugs));
    }

    /** Each value as given and as a slug, so that "Rand Paul" and "rand-paul" both work. */
    private static String[] slugs(List<String> values) {
        Set<String> slugs = new LinkedHashSet<>();
        for (String value : values) {
            slugs.add(value);
            slugs.add(Slugs.of(value));
        }
        return slugs.toArray(String[]::new);
    }
}
