-- Counting the statements of a topic tree by status without visiting the statements: each topic link carries its
-- statement's status, kept in step by triggers (set when a link is made, changed when the statement's status does).
ALTER TABLE statement_topic ADD COLUMN status varchar(16);
UPDATE statement_topic st SET status = s.status FROM statement s WHERE s.id = st.statement_id;

CREATE FUNCTION verbatim_link_topic_status() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
    BEGIN
        NEW.status := (SELECT status FROM statement WHERE id = NEW.statement_id);
        RETURN NEW;
    END
    $$;

CREATE TRIGGER statement_topic_status BEFORE INSERT OR UPDATE OF statement_id ON statement_topic
    FOR EACH ROW EXECUTE FUNCTION verbatim_link_topic_status();

CREATE FUNCTION verbatim_copy_status_to_topics() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
    BEGIN
        UPDATE statement_topic SET status = NEW.status WHERE statement_id = NEW.id;
        RETURN NULL;
    END
    $$;

CREATE TRIGGER statement_status_to_topics AFTER UPDATE OF status ON statement
    FOR EACH ROW WHEN (OLD.status IS DISTINCT FROM NEW.status) EXECUTE FUNCTION verbatim_copy_status_to_topics();

CREATE INDEX statement_topic_topic_status_idx ON statement_topic (topic_id, status, statement_id);
