-- A topic rename, re-slug or move and a source edit no longer rewrite the stored export arrays (V20) inside the
-- curation request: their triggers only queue the topic or source here, and a background worker (ExportRefresher)
-- rewrites the arrays of the statements that name them afterwards, in chunks of their own short transactions. With
-- V20's triggers a rename of a root topic whose children carry 96,541 statements took 5.3 s at 1M statements.
--
-- The invariant the export relies on, in every committed state: a statement's stored arrays are exactly what its live
-- links, topics and sources give, unless it links a queued topic (or a child of a queued renamed topic) or cites a
-- queued source. A queue row commits with the change that needs it, and the worker deletes it only after the arrays
-- of every statement it covers were rewritten (a crash in between leaves it queued: the rewrite is redone, which is
-- harmless). The export reads the queue in its own snapshot and builds the covered statements' arrays from the live
-- tables there, so no stale line is ever served, however far behind the worker is.
CREATE TABLE statement_export_pending (
    id            bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    topic_id      uuid,
    -- The topic was renamed: its children's statements name it as their topics' "parent".
    with_children boolean NOT NULL DEFAULT false,
    source_id     uuid,
    queued_at     timestamptz NOT NULL DEFAULT now(),
    CHECK ((topic_id IS NULL) <> (source_id IS NULL))
);

-- A statement's arrays as the export writes them, one function each, so that the stored rows (the triggers, the
-- worker) and the export's live fallback are built by the same expression. Each body is one SELECT without FROM, so
-- that PostgreSQL inlines it as a subquery on the statement's id. Topics: {"name":…,"parent":…} by topic slug (parent
-- left out when the topic has none), each topic and its parent looked up by primary key (as a join, the planner hashed
-- the whole topic table once per statement); null when the statement has none. Sources: each citation in position
-- order, null fields left out; null when it has none.
CREATE FUNCTION verbatim_export_topics(statement uuid) RETURNS text
    LANGUAGE sql STABLE
    AS $$
    SELECT (SELECT '[' || string_agg('{"name":' || to_json(t.name)::text
                                     || coalesce(',"parent":' || to_json(t.parent)::text, '') || '}',
                                     ',' ORDER BY t.slug) || ']'
            FROM statement_topic st
            CROSS JOIN LATERAL (SELECT t.slug, t.name,
                                       (SELECT p.name FROM topic p WHERE p.id = t.parent_id) AS parent
                                FROM topic t WHERE t.id = st.topic_id OFFSET 0) t
            WHERE st.statement_id = statement)
    $$;

CREATE FUNCTION verbatim_export_sources(statement uuid) RETURNS text
    LANGUAGE sql STABLE
    AS $$
    SELECT (SELECT '[' || string_agg('{' || concat_ws(',',
                                         '"url":' || to_json(so.url)::text,
                                         '"outlet":' || to_json(so.outlet)::text,
                                         '"title":' || to_json(so.title)::text,
                                         '"publishedOn":' || to_json(so.published_on)::text,
                                         '"author":' || to_json(so.author)::text,
                                         '"attribution":' || to_json(ss.attribution)::text) || '}',
                                     ',' ORDER BY ss.position) || ']'
            FROM statement_source ss JOIN source so ON so.id = ss.source_id
            WHERE ss.statement_id = statement)
    $$;

-- One refresh for both arrays (V20 had a near-twin function each): the statements' topics, sources or both, written
-- in one row version. The ids are read as given, not through the statement table (V20: a join there was planned as a
-- sequential scan of all statements per import batch).
CREATE FUNCTION verbatim_export_refresh(ids uuid[], with_topics boolean, with_sources boolean) RETURNS void
    LANGUAGE sql
    AS $$
    INSERT INTO statement_export AS e (statement_id, topics, sources)
    SELECT s.id,
           CASE WHEN with_topics THEN verbatim_export_topics(s.id) END,
           CASE WHEN with_sources THEN verbatim_export_sources(s.id) END
    FROM unnest(ids) AS s(id)
    ON CONFLICT (statement_id) DO UPDATE
        SET topics = CASE WHEN with_topics THEN EXCLUDED.topics ELSE e.topics END,
            sources = CASE WHEN with_sources THEN EXCLUDED.sources ELSE e.sources END
        WHERE (with_topics AND e.topics IS DISTINCT FROM EXCLUDED.topics)
           OR (with_sources AND e.sources IS DISTINCT FROM EXCLUDED.sources)
    $$;

-- Topic links or citations written: the statements whose links were added, removed or moved, refreshed at once (one
-- function for both tables). An UPDATE of topic links that changes neither end of a link (V5 copying a statement's
-- status onto its links) refreshes nothing. The import sets verbatim.export_refresh to 'batch' around its set-wise
-- inserts of new statements and refreshes both arrays of its batch once afterwards (one row version a statement
-- instead of an insert by the links' trigger and an update by the citations').
CREATE FUNCTION verbatim_export_links_changed() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
    DECLARE
        topics boolean := TG_TABLE_NAME = 'statement_topic';
        ids uuid[];
    BEGIN
        IF current_setting('verbatim.export_refresh', true) = 'batch' THEN
            RETURN NULL;
        END IF;
        IF TG_OP = 'INSERT' THEN
            ids := ARRAY(SELECT DISTINCT statement_id FROM new_rows);
        ELSIF TG_OP = 'DELETE' THEN
            ids := ARRAY(SELECT DISTINCT statement_id FROM old_rows);
        ELSIF topics THEN
            ids := ARRAY(SELECT statement_id FROM (SELECT statement_id, topic_id FROM new_rows
                                                   EXCEPT SELECT statement_id, topic_id FROM old_rows) added
                         UNION
                         SELECT statement_id FROM (SELECT statement_id, topic_id FROM old_rows
                                                   EXCEPT SELECT statement_id, topic_id FROM new_rows) removed);
        ELSE
            ids := ARRAY(SELECT statement_id FROM new_rows UNION SELECT statement_id FROM old_rows);
        END IF;
        PERFORM verbatim_export_refresh(ids, topics, NOT topics);
        RETURN NULL;
    END
    $$;

DROP TRIGGER statement_topic_export_insert ON statement_topic;
DROP TRIGGER statement_topic_export_update ON statement_topic;
DROP TRIGGER statement_topic_export_delete ON statement_topic;
DROP TRIGGER statement_source_export_insert ON statement_source;
DROP TRIGGER statement_source_export_update ON statement_source;
DROP TRIGGER statement_source_export_delete ON statement_source;
DROP FUNCTION verbatim_export_topic_links_changed();
DROP FUNCTION verbatim_export_citations_changed();

CREATE TRIGGER statement_topic_export_insert AFTER INSERT ON statement_topic
    REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION verbatim_export_links_changed();
CREATE TRIGGER statement_topic_export_update AFTER UPDATE ON statement_topic
    REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION verbatim_export_links_changed();
CREATE TRIGGER statement_topic_export_delete AFTER DELETE ON statement_topic
    REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION verbatim_export_links_changed();
CREATE TRIGGER statement_source_export_insert AFTER INSERT ON statement_source
    REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION verbatim_export_links_changed();
CREATE TRIGGER statement_source_export_update AFTER UPDATE ON statement_source
    REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION verbatim_export_links_changed();
CREATE TRIGGER statement_source_export_delete AFTER DELETE ON statement_source
    REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION verbatim_export_links_changed();

-- A topic renamed, re-slugged (the array's order) or moved: queued, with its children when renamed (their "parent").
-- The children are found when the queue is worked off (and by the export in its snapshot), so that a child created
-- under the old name while the rename committed is covered too.
CREATE OR REPLACE FUNCTION verbatim_export_topics_changed() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
    BEGIN
        INSERT INTO statement_export_pending (topic_id, with_children)
        SELECT n.id, n.name IS DISTINCT FROM o.name
        FROM new_rows n JOIN old_rows o ON o.id = n.id
        WHERE n.name IS DISTINCT FROM o.name OR n.slug IS DISTINCT FROM o.slug
              OR n.parent_id IS DISTINCT FROM o.parent_id;
        RETURN NULL;
    END
    $$;

-- A source edited in a field the export writes: queued.
CREATE OR REPLACE FUNCTION verbatim_export_sources_changed() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
    BEGIN
        INSERT INTO statement_export_pending (source_id)
        SELECT n.id
        FROM new_rows n JOIN old_rows o ON o.id = n.id
        WHERE n.url IS DISTINCT FROM o.url OR n.outlet IS DISTINCT FROM o.outlet
              OR n.title IS DISTINCT FROM o.title OR n.published_on IS DISTINCT FROM o.published_on
              OR n.author IS DISTINCT FROM o.author;
        RETURN NULL;
    END
    $$;

DROP FUNCTION verbatim_export_refresh_topics(uuid[]);
DROP FUNCTION verbatim_export_refresh_sources(uuid[]);
