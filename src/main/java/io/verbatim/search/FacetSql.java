package io.verbatim.search;

/**
 * One facet's counts over the matching statements {@code m} (id, speaker_id, said_on, kind), as a scalar subquery
 * that yields a JSON array of {value, label, count}.
 */
final class FacetSql {

    private FacetSql() {
    }

    static String json(Facet facet, int size) {
        String rows = switch (facet) {
            case SPEAKER -> "SELECT sp.slug AS value, sp.name AS label, count(*) AS count FROM m"
                    + " JOIN speaker sp ON sp.id = m.speaker_id GROUP BY sp.slug, sp.name"
                    + " ORDER BY count DESC, value LIMIT " + size;
            case TOPIC -> "SELECT t.slug AS value, t.name AS label, count(*) AS count FROM m"
                    + " JOIN statement_topic st ON st.statement_id = m.id JOIN topic t ON t.id = st.topic_id"
                    + " GROUP BY t.slug, t.name ORDER BY count DESC, value LIMIT " + size;
            case OUTLET -> "SELECT min(so.outlet) AS value, min(so.outlet) AS label, count(DISTINCT m.id) AS count FROM m"
                    + " JOIN statement_source ss ON ss.statement_id = m.id JOIN source so ON so.id = ss.source_id"
                    + " GROUP BY verbatim_fold(so.outlet) ORDER BY count DESC, value LIMIT " + size;
            case YEAR -> "SELECT y::text AS value, y::text AS label, count(*) AS count FROM"
                    + " (SELECT extract(year FROM m.said_on)::int AS y FROM m) years GROUP BY y ORDER BY y DESC";
            case KIND -> "SELECT m.kind AS value, m.kind AS label, count(*) AS count FROM m"
                    + " GROUP BY m.kind ORDER BY count DESC, value";
            // Statements by the verdicts of their fact-checks: one with two verdicts counts under both.
            case VERDICT -> "SELECT r.verdict AS value, r.verdict AS label, count(DISTINCT m.id) AS count FROM m"
                    + " JOIN review r ON r.statement_id = m.id GROUP BY r.verdict ORDER BY count DESC, value";
        };
        return "(SELECT coalesce(json_agg(json_build_object('value', f.value, 'label', f.label, 'count', f.count)),"
                + " '[]'::json)::text FROM (" + rows + ") f)";
    }
}
