-- Quote checks: a statement's words without case, accents or punctuation (curly and straight apostrophes alike),
-- indexed by trigrams, so that a claimed quote finds the statements it is a copy, an excerpt or a near copy of.
CREATE FUNCTION verbatim_quote_words(value text) RETURNS text
    LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
    SET search_path FROM CURRENT
    AS $$ SELECT btrim(regexp_replace(verbatim_fold(replace(value, '’', '''')), '[^[:alnum:]'']+', ' ', 'g')) $$;

CREATE INDEX statement_quote_words_trgm_idx ON statement USING gin (verbatim_quote_words(text) gin_trgm_ops);
