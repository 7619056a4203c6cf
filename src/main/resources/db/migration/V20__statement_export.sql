-- Export lines without per-statement lookups of topics and sources: each statement's "topics" and "sources" JSON
-- arrays, in exactly the bytes the export writes, stored in a narrow side table keyed by statement id. The export
-- reads one row of it per statement (one primary-key probe) instead of probing the topic links, each topic and its
-- parent, the citations and each source (~25 buffer accesses a statement, 35 us of PostgreSQL CPU at 1M).
--
-- Kept by statement-level triggers over transition tables, so every writer keeps it right (the import's
-- INSERT ... SELECT per batch, Hibernate's curation writes, topic renames and moves, source edits, merges that move
-- links): a write of topic links refreshes its statements' topics array, a write of citations their sources array,
-- a topic renamed or moved (or whose parent is renamed) and a source edited refresh the statements that name them.
-- A statement with no row, or a null array, has no topics (the key is left out) or no sources ("sources":[]).
-- Derived data: no history, no version. Deleting (or truncating) statements deletes their rows, by trigger rather
-- than a foreign key, whose check per inserted row cost a new statement ~30 us more.
CREATE TABLE statement_export (
    statement_id uuid PRIMARY KEY,
    topics       text,
    sources      text
);

CREATE FUNCTION verbatim_export_statements_deleted() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
    BEGIN
        IF TG_OP = 'TRUNCATE' THEN
            TRUNCATE statement_export;
        ELSE
            DELETE FROM statement_export e USING old_rows o WHERE e.statement_id = o.id;
        END IF;
        RETURN NULL;
    END
    $$;

CREATE TRIGGER statement_export_delete AFTER DELETE ON statement
    REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION verbatim_export_statements_deleted();
CREATE TRIGGER statement_export_truncate AFTER TRUNCATE ON statement
    FOR EACH STATEMENT EXECUTE FUNCTION verbatim_export_statements_deleted();

-- The refreshes read the ids as given, not through the statement table: a join there was planned on the statistics
-- of an import's first batches (a small table) as a sequential scan of all statements per batch, which at 100k
-- statements doubled the import's PostgreSQL time. A refresh for a statement being deleted writes a row that
-- statement_export_delete removes when the delete's cascade is done.
-- A statement's topics array: {"name":…,"parent":…} by topic slug (parent left out when the topic has none), each
-- topic and its parent looked up by primary key (as a join, the planner hashed the whole topic table once per
-- statement: 126 us a statement instead of 22). Its sources array: each citation in position order, null fields
-- left out.
CREATE FUNCTION verbatim_export_refresh_topics(ids uuid[]) RETURNS void
    LANGUAGE sql
    AS $$
    INSERT INTO statement_export AS e (statement_id, topics)
    SELECT s.id,
           (SELECT '[' || string_agg('{"name":' || to_json(t.name)::text
                                     || coalesce(',"parent":' || to_json(t.parent)::text, '') || '}',
                                     ',' ORDER BY t.slug) || ']'
            FROM statement_topic st
            CROSS JOIN LATERAL (SELECT t.slug, t.name,
                                       (SELECT p.name FROM topic p WHERE p.id = t.parent_id) AS parent
                                FROM topic t WHERE t.id = st.topic_id OFFSET 0) t
            WHERE st.statement_id = s.id)
    FROM unnest(ids) AS s(id)
    ON CONFLICT (statement_id) DO UPDATE SET topics = EXCLUDED.topics
        WHERE e.topics IS DISTINCT FROM EXCLUDED.topics
    $$;

CREATE FUNCTION verbatim_export_refresh_sources(ids uuid[]) RETURNS void
    LANGUAGE sql
    AS $$
    INSERT INTO statement_export AS e (statement_id, sources)
    SELECT s.id,
           (SELECT '[' || string_agg('{' || concat_ws(',',
                                         '"url":' || to_json(so.url)::text,
                                         '"outlet":' || to_json(so.outlet)::text,
                                         '"title":' || to_json(so.title)::text,
                                         '"publishedOn":' || to_json(so.published_on)::text,
                                         '"author":' || to_json(so.author)::text,
                                         '"attribution":' || to_json(ss.attribution)::text) || '}',
                                     ',' ORDER BY ss.position) || ']'
            FROM statement_source ss JOIN source so ON so.id = ss.source_id
            WHERE ss.statement_id = s.id)
    FROM unnest(ids) AS s(id)
    ON CONFLICT (statement_id) DO UPDATE SET sources = EXCLUDED.sources
        WHERE e.sources IS DISTINCT FROM EXCLUDED.sources
    $$;

-- Topic links written: the statements whose links were added, removed or moved. An UPDATE that changes neither
-- end of a link (V5 copying a statement's status onto its links) refreshes nothing.
CREATE FUNCTION verbatim_export_topic_links_changed() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
    BEGIN
        IF TG_OP = 'INSERT' THEN
            PERFORM verbatim_export_refresh_topics(ARRAY(SELECT DISTINCT statement_id FROM new_rows));
        ELSIF TG_OP = 'DELETE' THEN
            PERFORM verbatim_export_refresh_topics(ARRAY(SELECT DISTINCT statement_id FROM old_rows));
        ELSE
            PERFORM verbatim_export_refresh_topics(ARRAY(
                SELECT statement_id FROM (SELECT statement_id, topic_id FROM new_rows
                                          EXCEPT SELECT statement_id, topic_id FROM old_rows) added
                UNION
                SELECT statement_id FROM (SELECT statement_id, topic_id FROM old_rows
                                          EXCEPT SELECT statement_id, topic_id FROM new_rows) removed));
        END IF;
        RETURN NULL;
    END
    $$;

CREATE TRIGGER statement_topic_export_insert AFTER INSERT ON statement_topic
    REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION verbatim_export_topic_links_changed();
CREATE TRIGGER statement_topic_export_update AFTER UPDATE ON statement_topic
    REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION verbatim_export_topic_links_changed();
CREATE TRIGGER statement_topic_export_delete AFTER DELETE ON statement_topic
    REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION verbatim_export_topic_links_changed();

CREATE FUNCTION verbatim_export_citations_changed() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
    BEGIN
        IF TG_OP = 'INSERT' THEN
            PERFORM verbatim_export_refresh_sources(ARRAY(SELECT DISTINCT statement_id FROM new_rows));
        ELSIF TG_OP = 'DELETE' THEN
            PERFORM verbatim_export_refresh_sources(ARRAY(SELECT DISTINCT statement_id FROM old_rows));
        ELSE
            PERFORM verbatim_export_refresh_sources(ARRAY(
                SELECT statement_id FROM new_rows UNION SELECT statement_id FROM old_rows));
        END IF;
        RETURN NULL;
    END
    $$;

CREATE TRIGGER statement_source_export_insert AFTER INSERT ON statement_source
    REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION verbatim_export_citations_changed();
CREATE TRIGGER statement_source_export_update AFTER UPDATE ON statement_source
    REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION verbatim_export_citations_changed();
CREATE TRIGGER statement_source_export_delete AFTER DELETE ON statement_source
    REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION verbatim_export_citations_changed();

-- A topic renamed, re-slugged (the array's order) or moved, and the children of a renamed topic (their "parent").
CREATE FUNCTION verbatim_export_topics_changed() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
    BEGIN
        PERFORM verbatim_export_refresh_topics(ARRAY(
            WITH changed AS (
                SELECT n.id, n.name IS DISTINCT FROM o.name AS renamed
                FROM new_rows n JOIN old_rows o ON o.id = n.id
                WHERE n.name IS DISTINCT FROM o.name OR n.slug IS DISTINCT FROM o.slug
                      OR n.parent_id IS DISTINCT FROM o.parent_id),
            touched AS (
                SELECT id FROM changed
                UNION
                SELECT t.id FROM topic t JOIN changed c ON t.parent_id = c.id WHERE c.renamed)
            SELECT DISTINCT st.statement_id FROM statement_topic st JOIN touched ON touched.id = st.topic_id));
        RETURN NULL;
    END
    $$;

CREATE TRIGGER topic_export_update AFTER UPDATE ON topic
    REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION verbatim_export_topics_changed();

CREATE FUNCTION verbatim_export_sources_changed() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
    BEGIN
        PERFORM verbatim_export_refresh_sources(ARRAY(
            SELECT DISTINCT ss.statement_id
            FROM new_rows n JOIN old_rows o ON o.id = n.id JOIN statement_source ss ON ss.source_id = n.id
            WHERE n.url IS DISTINCT FROM o.url OR n.outlet IS DISTINCT FROM o.outlet
                  OR n.title IS DISTINCT FROM o.title OR n.published_on IS DISTINCT FROM o.published_on
                  OR n.author IS DISTINCT FROM o.author));
        RETURN NULL;
    END
    $$;

CREATE TRIGGER source_export_update AFTER UPDATE ON source
    REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION verbatim_export_sources_changed();

-- The statements already stored: both arrays built set-wise (each link table grouped once).
INSERT INTO statement_export (statement_id, topics, sources)
SELECT statement_id, topics.json, sources.json
FROM (SELECT st.statement_id,
             '[' || string_agg('{"name":' || to_json(t.name)::text
                               || coalesce(',"parent":' || to_json(p.name)::text, '') || '}', ',' ORDER BY t.slug)
             || ']' AS json
      FROM statement_topic st JOIN topic t ON t.id = st.topic_id LEFT JOIN topic p ON p.id = t.parent_id
      GROUP BY st.statement_id) topics
FULL JOIN (SELECT ss.statement_id,
                  '[' || string_agg('{' || concat_ws(',',
                                        '"url":' || to_json(so.url)::text,
                                        '"outlet":' || to_json(so.outlet)::text,
                                        '"title":' || to_json(so.title)::text,
                                        '"publishedOn":' || to_json(so.published_on)::text,
                                        '"author":' || to_json(so.author)::text,
                                        '"attribution":' || to_json(ss.attribution)::text) || '}',
                                    ',' ORDER BY ss.position) || ']' AS json
           FROM statement_source ss JOIN source so ON so.id = ss.source_id
           GROUP BY ss.statement_id) sources USING (statement_id);

ANALYZE statement_export;
