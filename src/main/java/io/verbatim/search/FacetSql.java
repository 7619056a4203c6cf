package io.verbatim.search;

/** One facet's counts over the matching statements {@code m}: (facet, value, label, count) rows. */
final class FacetSql {

    private FacetSql() {
    }

    static Sql of(Facet facet, int size) {
        return new Sql().append(switch (facet) {
            case SPEAKER -> "SELECT 'speaker', sp.slug, sp.name, count(*) FROM m JOIN speaker sp ON sp.id = m.speaker_id"
                    + " GROUP BY sp.slug, sp.name ORDER BY 4 DESC, 2 LIMIT " + size;
            case TOPIC -> "SELECT 'topic', t.slug, t.name, count(*) FROM m"
                    + " JOIN statement_topic st ON st.statement_id = m.id JOIN topic t ON t.id = st.topic_id"
                    + " GROUP BY t.slug, t.name ORDER BY 4 DESC, 2 LIMIT " + size;
            case OUTLET -> "SELECT 'outlet', min(so.outlet), min(so.outlet), count(DISTINCT m.id) FROM m"
                    + " JOIN statement_source ss ON ss.statement_id = m.id JOIN source so ON so.id = ss.source_id"
                    + " GROUP BY verbatim_fold(so.outlet) ORDER BY 4 DESC, 2 LIMIT " + size;
            case YEAR -> "SELECT 'year', y::text, y::text, count(*) FROM"
                    + " (SELECT extract(year FROM m.said_on)::int AS y FROM m) years GROUP BY y ORDER BY y DESC";
            case KIND -> "SELECT 'kind', m.kind, m.kind, count(*) FROM m GROUP BY m.kind ORDER BY 4 DESC, 2";
        });
    }
}
