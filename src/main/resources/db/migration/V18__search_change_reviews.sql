-- A statement's search document holds the verdicts of its fact-checks and whether it has any (the verdict and
-- reviewed filters, the verdict facet): linking, unlinking, editing or deleting a review is a change of the statements
-- it was and is linked to. Same switch and statement-level form as V15's triggers.
CREATE FUNCTION verbatim_search_reviews_changed() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
    BEGIN
        IF NOT verbatim_search_enabled() THEN
            RETURN NULL;
        END IF;
        IF TG_OP = 'INSERT' THEN
            INSERT INTO search_change (statement_id)
            SELECT DISTINCT statement_id FROM new_rows WHERE statement_id IS NOT NULL;
        ELSIF TG_OP = 'DELETE' THEN
            INSERT INTO search_change (statement_id)
            SELECT DISTINCT statement_id FROM old_rows WHERE statement_id IS NOT NULL;
        ELSE
            INSERT INTO search_change (statement_id)
            SELECT statement_id FROM new_rows WHERE statement_id IS NOT NULL
            UNION SELECT statement_id FROM old_rows WHERE statement_id IS NOT NULL;
        END IF;
        RETURN NULL;
    END
    $$;

CREATE TRIGGER review_search_change_insert AFTER INSERT ON review
    REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION verbatim_search_reviews_changed();
CREATE TRIGGER review_search_change_update AFTER UPDATE ON review
    REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION verbatim_search_reviews_changed();
CREATE TRIGGER review_search_change_delete AFTER DELETE ON review
    REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION verbatim_search_reviews_changed();
