package io.verbatim.search;

/**
 * Builds the Statement JSON of the API in PostgreSQL, so that a page of statements with their speakers, topics and
 * sources comes back in one round trip, ready to be written to the response as is. The field names and formats are
 * those of {@link io.verbatim.view.StatementView} as Jackson writes it.
 */
public final class StatementJson {

    /**
     * The keys and values of a statement's JSON object over {@code statement s} joined as in {@link #JOINS}, for
     * callers that add keys of their own (a search hit's score and highlight).
     */
    public static final String FIELDS = """
                'id', s.id, 'externalId', s.external_id, 'text', s.text, 'kind', s.kind, 'language', s.language,
                'speaker', json_build_object('id', sp.id, 'slug', sp.slug, 'name', sp.name, 'kind', sp.kind),
                'onBehalfOf', CASE WHEN ob.id IS NULL THEN NULL
                              ELSE json_build_object('id', ob.id, 'slug', ob.slug, 'name', ob.name, 'kind', ob.kind) END,
                'speakerRole', s.speaker_role, 'saidOn', s.said_on, 'datePrecision', s.date_precision,
                'context', s.context,
                'topics', coalesce((SELECT json_agg(json_build_object('slug', t.slug, 'name', t.name) ORDER BY t.slug)
                                    FROM statement_topic st JOIN topic t ON t.id = st.topic_id
                                    WHERE st.statement_id = s.id), '[]'::json),
                'sources', coalesce((SELECT json_agg(json_build_object('id', so.id, 'url', so.url, 'outlet', so.outlet,
                                         'title', so.title, 'publishedOn', so.published_on, 'attribution', ss.attribution)
                                         ORDER BY ss.position)
                                     FROM statement_source ss JOIN source so ON so.id = ss.source_id
                                     WHERE ss.statement_id = s.id), '[]'::json),
                'status', s.status, 'retractionReason', s.retraction_reason,
                'createdAt', verbatim_json_instant(s.created_at), 'updatedAt', verbatim_json_instant(s.updated_at),
                'version', s.version,
                'reviews', coalesce((SELECT json_agg(json_build_object('id', r.id, 'publisher', r.publisher_name,
                                         'verdict', r.verdict, 'label', r.rating_label, 'url', r.url)
                                         ORDER BY r.date_published DESC NULLS LAST, r.id)
                                     FROM (SELECT * FROM review r WHERE r.statement_id = s.id
                                           ORDER BY r.date_published DESC NULLS LAST, r.id LIMIT 50) r), '[]'::json)""";

    /** The statement as JSON text, over {@code statement s} joined as in {@link #JOINS}. */
    public static final String SELECT = "json_build_object(" + FIELDS + ")::text";

    public static final String JOINS = " JOIN speaker sp ON sp.id = s.speaker_id LEFT JOIN speaker ob ON ob.id = s.on_behalf_of_id";

    private StatementJson() {
    }
}
