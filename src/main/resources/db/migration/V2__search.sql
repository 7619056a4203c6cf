-- Full-text and fuzzy search on PostgreSQL's own machinery: unaccent-aware text search configurations per
-- language, a stored tsvector per statement kept by a trigger, and trigram indexes for speaker names and aliases.

CREATE EXTENSION IF NOT EXISTS unaccent;
CREATE EXTENSION IF NOT EXISTS pg_trgm;

-- unaccent() is only STABLE (it reads a dictionary); fixing the dictionary makes it safe to index. The functions
-- keep the migration's search_path, because index maintenance runs them with a restricted one.
CREATE FUNCTION verbatim_unaccent(value text) RETURNS text
    LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
    SET search_path FROM CURRENT
    AS $$ SELECT unaccent('unaccent'::regdictionary, value) $$;

-- Lower-cased and accent-free: how names are compared ("Björn Åkesson" and "bjorn akesson" are equal).
CREATE FUNCTION verbatim_fold(value text) RETURNS text
    LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
    SET search_path FROM CURRENT
    AS $$ SELECT lower(verbatim_unaccent(value)) $$;

-- One configuration per language PostgreSQL can stem, each folding accents before stemming, plus a plain one.
DO $$
DECLARE
    stemmed text;
BEGIN
    FOR stemmed IN SELECT cfgname FROM pg_ts_config WHERE cfgname <> 'simple' AND cfgnamespace = 'pg_catalog'::regnamespace LOOP
        EXECUTE format('CREATE TEXT SEARCH CONFIGURATION verbatim_%s (COPY = pg_catalog.%s)', stemmed, stemmed);
        EXECUTE format('ALTER TEXT SEARCH CONFIGURATION verbatim_%s ALTER MAPPING FOR hword, hword_part, word WITH unaccent, %s_stem',
                       stemmed, stemmed);
    END LOOP;
    CREATE TEXT SEARCH CONFIGURATION verbatim_simple (COPY = pg_catalog.simple);
    ALTER TEXT SEARCH CONFIGURATION verbatim_simple ALTER MAPPING FOR hword, hword_part, word WITH unaccent, simple;
END
$$;

-- The configuration for a BCP 47 tag: its primary language subtag when PostgreSQL can stem it, else simple.
CREATE FUNCTION verbatim_search_config(language text) RETURNS text
    LANGUAGE sql IMMUTABLE PARALLEL SAFE
    AS $$
    SELECT 'verbatim_' || CASE lower(split_part(coalesce(language, 'en'), '-', 1))
        WHEN 'ar' THEN 'arabic' WHEN 'hy' THEN 'armenian' WHEN 'eu' THEN 'basque' WHEN 'ca' THEN 'catalan'
        WHEN 'da' THEN 'danish' WHEN 'nl' THEN 'dutch' WHEN 'en' THEN 'english' WHEN 'et' THEN 'estonian'
        WHEN 'fi' THEN 'finnish' WHEN 'fr' THEN 'french' WHEN 'de' THEN 'german' WHEN 'el' THEN 'greek'
        WHEN 'hi' THEN 'hindi' WHEN 'hu' THEN 'hungarian' WHEN 'id' THEN 'indonesian' WHEN 'ga' THEN 'irish'
        WHEN 'it' THEN 'italian' WHEN 'lt' THEN 'lithuanian' WHEN 'ne' THEN 'nepali' WHEN 'no' THEN 'norwegian'
        WHEN 'nb' THEN 'norwegian' WHEN 'nn' THEN 'norwegian' WHEN 'pt' THEN 'portuguese' WHEN 'ro' THEN 'romanian'
        WHEN 'ru' THEN 'russian' WHEN 'sr' THEN 'serbian' WHEN 'es' THEN 'spanish' WHEN 'sv' THEN 'swedish'
        WHEN 'ta' THEN 'tamil' WHEN 'tr' THEN 'turkish' WHEN 'yi' THEN 'yiddish'
        ELSE 'simple' END
    $$;

ALTER TABLE statement ADD COLUMN search_config text;
ALTER TABLE statement ADD COLUMN search_vector tsvector;

-- Text weighs most, then the speaker's name, then the context ("told The Daily Beast").
CREATE FUNCTION verbatim_statement_search() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
    BEGIN
        NEW.search_config := verbatim_search_config(NEW.language);
        NEW.search_vector :=
            setweight(to_tsvector(NEW.search_config::regconfig, NEW.text), 'A')
            || setweight(to_tsvector(NEW.search_config::regconfig,
                   coalesce((SELECT name FROM speaker WHERE id = NEW.speaker_id), '')), 'B')
            || setweight(to_tsvector(NEW.search_config::regconfig, coalesce(NEW.context, '')), 'C');
        RETURN NEW;
    END
    $$;

CREATE TRIGGER statement_search BEFORE INSERT OR UPDATE OF text, language, speaker_id, context ON statement
    FOR EACH ROW EXECUTE FUNCTION verbatim_statement_search();

-- A renamed speaker is found under the new name.
CREATE FUNCTION verbatim_speaker_renamed() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
    BEGIN
        UPDATE statement SET speaker_id = speaker_id WHERE speaker_id = NEW.id;
        RETURN NULL;
    END
    $$;

CREATE TRIGGER speaker_renamed AFTER UPDATE OF name ON speaker
    FOR EACH ROW WHEN (OLD.name IS DISTINCT FROM NEW.name) EXECUTE FUNCTION verbatim_speaker_renamed();

UPDATE statement SET text = text;
ALTER TABLE statement ALTER COLUMN search_config SET NOT NULL;
ALTER TABLE statement ALTER COLUMN search_vector SET NOT NULL;

CREATE INDEX statement_search_vector_idx ON statement USING gin (search_vector);
CREATE INDEX statement_search_config_idx ON statement (search_config);

CREATE INDEX speaker_name_trgm_idx ON speaker USING gin (verbatim_fold(name) gin_trgm_ops);
CREATE INDEX speaker_alias_trgm_idx ON speaker_alias USING gin (verbatim_fold(alias) gin_trgm_ops);
CREATE INDEX source_outlet_fold_idx ON source (verbatim_fold(outlet));

-- A speaker's newest published statements, and their count, straight from the index.
DROP INDEX statement_speaker_said_on_idx;
CREATE INDEX statement_speaker_status_said_on_idx ON statement (speaker_id, status, said_on DESC, id DESC);

-- Statements per status, kept by statement-level triggers, so that an unfiltered listing's total costs nothing.
CREATE TABLE statement_status_count (
    status varchar(16) PRIMARY KEY,
    count  bigint NOT NULL
);
INSERT INTO statement_status_count (status, count)
SELECT status, count(*) FROM statement GROUP BY status;

CREATE FUNCTION verbatim_count_statuses() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
    BEGIN
        IF TG_OP IN ('UPDATE', 'DELETE') THEN
            INSERT INTO statement_status_count AS c (status, count)
            SELECT status, -count(*) FROM old_rows GROUP BY status
            ON CONFLICT (status) DO UPDATE SET count = c.count + excluded.count;
        END IF;
        IF TG_OP IN ('UPDATE', 'INSERT') THEN
            INSERT INTO statement_status_count AS c (status, count)
            SELECT status, count(*) FROM new_rows GROUP BY status
            ON CONFLICT (status) DO UPDATE SET count = c.count + excluded.count;
        END IF;
        RETURN NULL;
    END
    $$;

CREATE TRIGGER statement_counts_insert AFTER INSERT ON statement
    REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION verbatim_count_statuses();
CREATE TRIGGER statement_counts_update AFTER UPDATE ON statement
    REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION verbatim_count_statuses();
CREATE TRIGGER statement_counts_delete AFTER DELETE ON statement
    REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION verbatim_count_statuses();

CREATE FUNCTION verbatim_reset_status_counts() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
    BEGIN
        DELETE FROM statement_status_count;
        RETURN NULL;
    END
    $$;

CREATE TRIGGER statement_counts_truncate AFTER TRUNCATE ON statement
    FOR EACH STATEMENT EXECUTE FUNCTION verbatim_reset_status_counts();
