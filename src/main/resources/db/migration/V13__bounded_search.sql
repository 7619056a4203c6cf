-- Bounded search (issue 13): a common word's relevance ranking looks at the newest matches plus the statements
-- where the word weighs most. Those come from this table: every (statement, lexeme) pair whose weighted count in the
-- statement's search vector is 2 or more (the word at least twice in the text, as ts_rank_cd weighs A=1, B=0.4,
-- C=0.2, D=0.1), indexed by lexeme and score, so that a word's densest statements are an index range away however
-- many statements contain it. Kept by statement-level triggers, so that set-wise imports keep it for free.

-- The lexemes of a search vector that weigh 2 or more, with their weight: a single-word query's ts_rank_cd.
CREATE FUNCTION verbatim_dense_terms(vector tsvector)
    RETURNS TABLE (lexeme text, score real)
    LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
    AS $$
    SELECT d.lexeme, d.score
    FROM (SELECT t.lexeme,
                 (SELECT sum(CASE w WHEN 'A' THEN 1.0 WHEN 'B' THEN 0.4 WHEN 'C' THEN 0.2 ELSE 0.1 END)
                  FROM unnest(t.weights) w)::real AS score
          FROM unnest(vector) t
          WHERE cardinality(t.positions) >= 2) d
    WHERE d.score >= 2
    $$;

CREATE TABLE statement_dense_term (
    statement_id uuid NOT NULL,
    lexeme       text NOT NULL,
    score        real NOT NULL,
    PRIMARY KEY (statement_id, lexeme)
);

INSERT INTO statement_dense_term (statement_id, lexeme, score)
SELECT s.id, d.lexeme, d.score FROM statement s CROSS JOIN LATERAL verbatim_dense_terms(s.search_vector) d;

CREATE INDEX statement_dense_term_lexeme_idx ON statement_dense_term (lexeme, score DESC, statement_id);

CREATE FUNCTION verbatim_dense_terms_changed() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
    BEGIN
        IF TG_OP = 'DELETE' THEN
            DELETE FROM statement_dense_term d USING old_rows o WHERE d.statement_id = o.id;
        ELSIF TG_OP = 'UPDATE' THEN
            -- Only statements whose vector changed (text, language, context, the speaker's name).
            DELETE FROM statement_dense_term d USING new_rows n JOIN old_rows o ON o.id = n.id
            WHERE d.statement_id = n.id AND o.search_vector IS DISTINCT FROM n.search_vector;
            INSERT INTO statement_dense_term (statement_id, lexeme, score)
            SELECT n.id, t.lexeme, t.score
            FROM new_rows n JOIN old_rows o ON o.id = n.id CROSS JOIN LATERAL verbatim_dense_terms(n.search_vector) t
            WHERE o.search_vector IS DISTINCT FROM n.search_vector;
        ELSE
            INSERT INTO statement_dense_term (statement_id, lexeme, score)
            SELECT n.id, t.lexeme, t.score FROM new_rows n CROSS JOIN LATERAL verbatim_dense_terms(n.search_vector) t;
        END IF;
        RETURN NULL;
    END
    $$;

CREATE TRIGGER statement_dense_terms_insert AFTER INSERT ON statement
    REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION verbatim_dense_terms_changed();
CREATE TRIGGER statement_dense_terms_update AFTER UPDATE ON statement
    REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION verbatim_dense_terms_changed();
CREATE TRIGGER statement_dense_terms_delete AFTER DELETE ON statement
    REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION verbatim_dense_terms_changed();

CREATE FUNCTION verbatim_dense_terms_truncated() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
    BEGIN
        TRUNCATE statement_dense_term;
        RETURN NULL;
    END
    $$;

CREATE TRIGGER statement_dense_terms_truncate AFTER TRUNCATE ON statement
    FOR EACH STATEMENT EXECUTE FUNCTION verbatim_dense_terms_truncated();
