package io.verbatim.search;

/**
 * One facet's counts over the statements {@code fm} it counts (id, speaker_id, said_on, kind), as a scalar subquery
 * that yields a JSON array of {value, label, count}.
 */
final class FacetSql {

    private FacetSql() {
    }

    static String json(Facet facet, int size) {
        String rows = switch (facet) {
            case SPEAKER -> "SELECT sp.slug AS value, sp.name AS label, count(*) AS count FROM fm"
                    + " JOIN speaker sp ON sp.id = fm.speaker_id GROUP BY sp.slug, sp.name"
                    + " ORDER BY count DESC, value LIMIT " + size;
            case TOPIC -> "SELECT t.slug AS value, t.name AS label, count(*) AS count FROM fm"
                    + " JOIN statement_topic st ON st.statement_id = fm.id JOIN topic t ON t.id = st.topic_id"
                    + " GROUP BY t.slug, t.name ORDER BY count DESC, value LIMIT " + size;
            case OUTLET -> "SELECT min(so.outlet) AS value, min(so.outlet) AS label, count(DISTINCT fm.id) AS count FROM fm"
                    + " JOIN statement_source ss ON ss.statement_id = fm.id JOIN source so ON so.id = ss.source_id"
                    + " GROUP BY verbatim_fold(so.outlet) ORDER BY count DESC, value LIMIT " + size;
            case YEAR -> "SELECT y::text AS value, y::text AS label, count(*) AS count FROM"
                    + " (SELECT extract(year FROM fm.said_on)::int AS y FROM fm) years GROUP BY y ORDER BY y DESC";
            case KIND -> "SELECT fm.kind AS value, fm.kind AS label, count(*) AS count FROM fm"
                    + " GROUP BY fm.kind ORDER BY count DESC, value";
            // Statements by the verdicts of their fact-checks: one with two verdicts counts under both.
            case VERDICT -> "SELECT r.verdict AS value, r.verdict AS label, count(DISTINCT fm.id) AS count FROM fm"
                    + " JOIN review r ON r.statement_id = fm.id GROUP BY r.verdict ORDER BY count DESC, value";
        };
        return "(SELECT coalesce(json_agg(json_build_object('value', f.value, 'label', f.label, 'count', f.count)),"
                + " '[]'::json)::text FROM (" + rows + ") f)";
    }
}
