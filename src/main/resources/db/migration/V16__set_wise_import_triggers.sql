-- Bulk imports (issue 16) write a batch's new statements with one INSERT … SELECT. Measured per new statement (40,000
-- statements written in batches of 500, PostgreSQL backend CPU): V13's dense terms ~165 µs, V2's search-vector row
-- trigger ~90 µs, the trigram index ~120 µs, topic links ~45 µs, of ~490 µs in all. Two of those row triggers did
-- work the import can do once for the whole batch, so they now run only for rows that arrive without it; every other
-- writer (Hibernate, bench data) leaves these columns out and gets exactly what it got before.

-- A statement inserted with its search configuration and vector (the import computes them set-wise, each speaker's
-- name once per batch, with the same expression) keeps them; any other insert, and every update, computes them here.
DROP TRIGGER statement_search ON statement;
CREATE TRIGGER statement_search_insert BEFORE INSERT ON statement
    FOR EACH ROW WHEN (NEW.search_vector IS NULL OR NEW.search_config IS NULL)
    EXECUTE FUNCTION verbatim_statement_search();
CREATE TRIGGER statement_search_update BEFORE UPDATE OF text, language, speaker_id, context ON statement
    FOR EACH ROW EXECUTE FUNCTION verbatim_statement_search();

-- A topic link inserted with its statement's status (the import knows it) keeps it.
DROP TRIGGER statement_topic_status ON statement_topic;
CREATE TRIGGER statement_topic_status_insert BEFORE INSERT ON statement_topic
    FOR EACH ROW WHEN (NEW.status IS NULL)
    EXECUTE FUNCTION verbatim_link_topic_status();
CREATE TRIGGER statement_topic_status_update BEFORE UPDATE OF statement_id ON statement_topic
    FOR EACH ROW EXECUTE FUNCTION verbatim_link_topic_status();

-- The same dense terms as V13's, a weight's share counted in tenths with integers instead of a numeric sum over an
-- unnested array per lexeme (about a third less time on 40,000 statements; identical rows, compared with EXCEPT both
-- ways): A=10, B=4, C=2, D=1 tenths; a score of 2 is 20 tenths, and tenths divided by 10.0 are the numeric V13 summed.
CREATE OR REPLACE FUNCTION verbatim_dense_terms(vector tsvector)
    RETURNS TABLE (lexeme text, score real)
    LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
    AS $$
    SELECT d.lexeme, (d.tenths / 10.0)::real
    FROM (SELECT t.lexeme,
                 10 * cardinality(array_positions(t.weights, 'A')) + 4 * cardinality(array_positions(t.weights, 'B'))
                 + 2 * cardinality(array_positions(t.weights, 'C')) + cardinality(array_positions(t.weights, 'D'))
                 AS tenths
          FROM unnest(vector) t
          WHERE cardinality(t.positions) >= 2) d
    WHERE d.tenths >= 20
    $$;
