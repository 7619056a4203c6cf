-- Asynchronous imports (Prefer: respond-async): each job's state and running counts, so that a long import can be
-- followed (GET /api/v1/imports/{id}) and its report outlives the request. The body itself is spooled to a file.
CREATE TABLE import_job (
    id           uuid PRIMARY KEY,
    state        varchar(16)   NOT NULL CHECK (state IN ('queued', 'running', 'succeeded', 'failed')),
    mode         varchar(16)   NOT NULL CHECK (mode IN ('best-effort', 'all-or-nothing')),
    format       varchar(8)    NOT NULL CHECK (format IN ('ndjson', 'csv')),
    author_name  varchar(200)  NOT NULL,
    author_role  varchar(16)   NOT NULL,
    spool_file   varchar(4096),
    body_bytes   bigint        NOT NULL,
    lines_read   bigint        NOT NULL DEFAULT 0,
    created      bigint        NOT NULL DEFAULT 0,
    updated      bigint        NOT NULL DEFAULT 0,
    unchanged    bigint        NOT NULL DEFAULT 0,
    failed       bigint        NOT NULL DEFAULT 0,
    errors       jsonb         NOT NULL DEFAULT '[]',
    detail       varchar(1000),
    submitted_at timestamptz   NOT NULL,
    started_at   timestamptz,
    finished_at  timestamptz,
    updated_at   timestamptz   NOT NULL
);
-- Jobs left queued or running by a crash are found at the next start.
CREATE INDEX import_job_unfinished_idx ON import_job (state) WHERE state IN ('queued', 'running');
