-- Documents OpenSearch refuses (other than for a newer version) keep their change rows, retried with an exponential
-- back-off instead of at every poll, so that a few bad documents never hold back the rest of the record; rows refused
-- five times or more are the dead letters GET /api/v1/admin/search counts (still retried, at most hourly).
ALTER TABLE search_change ADD COLUMN attempts integer NOT NULL DEFAULT 0;
ALTER TABLE search_change ADD COLUMN retry_at timestamptz;
