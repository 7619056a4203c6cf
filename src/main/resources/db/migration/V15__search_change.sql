-- The change record of an external search engine (docs/opensearch.md): every committed change to what a statement's
-- search document holds leaves a search_change row in the same transaction, which the indexer sends to OpenSearch and
-- then deletes. Statement-level triggers (transition tables, as V13's), so set-wise imports are covered too. Nothing
-- is written unless search_indexing.enabled, which the service sets at start from VERBATIM_SEARCH_URL: with no engine
-- configured, no rows pile up, and no DDL is needed at start to turn the triggers on or off.

CREATE TABLE search_indexing (
    singleton      boolean PRIMARY KEY DEFAULT true CHECK (singleton),
    enabled        boolean NOT NULL DEFAULT false,
    -- Changes went unrecorded (indexing was off, or statements were truncated): a full reindex is due
    stale          boolean NOT NULL DEFAULT true,
    live_index     text,
    building_index text
);
INSERT INTO search_indexing DEFAULT VALUES;

CREATE TABLE search_change (
    id           bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    -- No foreign key: the change of a deleted statement must outlive it
    statement_id uuid NOT NULL
);
CREATE INDEX search_change_statement_idx ON search_change (statement_id);

-- Document versions for OpenSearch's external versioning, drawn by the one active indexer after its snapshot
CREATE SEQUENCE search_document_version;

CREATE FUNCTION verbatim_search_enabled() RETURNS boolean
    LANGUAGE sql STABLE
    AS $$ SELECT enabled FROM search_indexing $$;

-- statement, statement_topic, statement_source: the statement ids of the rows written. A speaker rename already
-- rewrites its statements (V2's speaker_renamed), a merge moves their speaker_id; topic moves change no document.
CREATE FUNCTION verbatim_search_rows_changed() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
    BEGIN
        IF NOT verbatim_search_enabled() THEN
            RETURN NULL;
        END IF;
        IF TG_TABLE_NAME = 'statement' THEN
            IF TG_OP = 'DELETE' THEN
                INSERT INTO search_change (statement_id) SELECT id FROM old_rows;
            ELSE
                INSERT INTO search_change (statement_id) SELECT id FROM new_rows;
            END IF;
        ELSIF TG_OP = 'DELETE' THEN
            INSERT INTO search_change (statement_id) SELECT DISTINCT statement_id FROM old_rows;
        ELSIF TG_OP = 'UPDATE' THEN
            INSERT INTO search_change (statement_id)
            SELECT statement_id FROM new_rows UNION SELECT statement_id FROM old_rows;
        ELSE
            INSERT INTO search_change (statement_id) SELECT DISTINCT statement_id FROM new_rows;
        END IF;
        RETURN NULL;
    END
    $$;

CREATE TRIGGER statement_search_change_insert AFTER INSERT ON statement
    REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION verbatim_search_rows_changed();
CREATE TRIGGER statement_search_change_update AFTER UPDATE ON statement
    REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION verbatim_search_rows_changed();
CREATE TRIGGER statement_search_change_delete AFTER DELETE ON statement
    REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION verbatim_search_rows_changed();

CREATE TRIGGER statement_topic_search_change_insert AFTER INSERT ON statement_topic
    REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION verbatim_search_rows_changed();
CREATE TRIGGER statement_topic_search_change_update AFTER UPDATE ON statement_topic
    REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION verbatim_search_rows_changed();
CREATE TRIGGER statement_topic_search_change_delete AFTER DELETE ON statement_topic
    REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION verbatim_search_rows_changed();

CREATE TRIGGER statement_source_search_change_insert AFTER INSERT ON statement_source
    REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION verbatim_search_rows_changed();
CREATE TRIGGER statement_source_search_change_update AFTER UPDATE ON statement_source
    REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION verbatim_search_rows_changed();
CREATE TRIGGER statement_source_search_change_delete AFTER DELETE ON statement_source
    REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION verbatim_search_rows_changed();

-- A source's outlet or date is part of the documents of the statements citing it
CREATE FUNCTION verbatim_search_source_changed() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
    BEGIN
        IF verbatim_search_enabled() THEN
            INSERT INTO search_change (statement_id)
            SELECT DISTINCT ss.statement_id FROM statement_source ss JOIN new_rows n ON n.id = ss.source_id;
        END IF;
        RETURN NULL;
    END
    $$;

CREATE TRIGGER source_search_change_update AFTER UPDATE ON source
    REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION verbatim_search_source_changed();

CREATE FUNCTION verbatim_search_truncated() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
    BEGIN
        UPDATE search_indexing SET stale = true WHERE enabled;
        RETURN NULL;
    END
    $$;

CREATE TRIGGER statement_search_truncate AFTER TRUNCATE ON statement
    FOR EACH STATEMENT EXECUTE FUNCTION verbatim_search_truncated();
