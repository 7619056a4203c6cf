-- Export streams every statement oldest saidOn first (ties by id) through one cursor; with several statuses
-- (status=all) this index gives that order without sorting the whole table first.
CREATE INDEX statement_said_on_id_idx ON statement (said_on, id);
