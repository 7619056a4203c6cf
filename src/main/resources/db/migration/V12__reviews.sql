-- Fact-checks (schema.org ClaimReview) of statements: the claim as the fact-checker worded it, the rating as published
-- and its normalised verdict, and the statement it was linked to (by the quote-check engine or by an editor), with
-- the character span of the claim in the statement's text when the claim is a cut of it. History through Envers.

CREATE TABLE review (
    id              uuid PRIMARY KEY,
    statement_id    uuid          REFERENCES statement (id),
    match_kind      varchar(16)   CHECK (match_kind IN ('EXACT', 'EXCERPT', 'NEAR', 'MANUAL')),
    span_start      integer       CHECK (span_start >= 0),
    span_end        integer       CHECK (span_end >= 0),
    claim_reviewed  text          NOT NULL CHECK (length(claim_reviewed) BETWEEN 1 AND 5000),
    claimant        varchar(300),
    claim_date      date,
    url             varchar(2048) NOT NULL UNIQUE CHECK (url ~* '^https?://'),
    title           varchar(1000),
    publisher_name  varchar(300)  NOT NULL,
    publisher_site  varchar(2048),
    author          varchar(300),
    date_published  date,
    language        varchar(35),
    rating_label    varchar(500),
    rating_value    double precision,
    rating_best     double precision,
    rating_worst    double precision,
    verdict         varchar(16)   NOT NULL CHECK (verdict IN ('TRUE', 'MOSTLY_TRUE', 'MIXED', 'MOSTLY_FALSE', 'FALSE',
                                                              'UNVERIFIABLE', 'OTHER')),
    verdict_from    varchar(16)   NOT NULL CHECK (verdict_from IN ('LABEL', 'RATING', 'EDITOR', 'UNMAPPED')),
    created_at      timestamptz   NOT NULL,
    updated_at      timestamptz   NOT NULL,
    version         integer       NOT NULL,
    CHECK ((statement_id IS NULL) = (match_kind IS NULL)),
    CHECK ((span_start IS NULL) = (span_end IS NULL) AND (span_start IS NULL OR span_start <= span_end))
);
-- A statement's reviews, and statements with a given verdict (search filter and facet).
CREATE INDEX review_statement_verdict_idx ON review (statement_id, verdict);
-- The listing: newest publication first, keyset on (date, id); and the unlinked ones an editor works through.
CREATE INDEX review_published_idx ON review ((coalesce(date_published, DATE '0001-01-01')) DESC, id DESC);
CREATE INDEX review_unlinked_idx ON review ((coalesce(date_published, DATE '0001-01-01')) DESC, id DESC)
    WHERE statement_id IS NULL;
CREATE INDEX review_publisher_idx ON review (lower(publisher_name));

CREATE TABLE review_aud (
    id              uuid   NOT NULL,
    rev             bigint NOT NULL REFERENCES audit_revision (id),
    revtype         smallint,
    statement_id    uuid,
    match_kind      varchar(16),
    span_start      integer,
    span_end        integer,
    claim_reviewed  text,
    claimant        varchar(300),
    claim_date      date,
    url             varchar(2048),
    title           varchar(1000),
    publisher_name  varchar(300),
    publisher_site  varchar(2048),
    author          varchar(300),
    date_published  date,
    language        varchar(35),
    rating_label    varchar(500),
    rating_value    double precision,
    rating_best     double precision,
    rating_worst    double precision,
    verdict         varchar(16),
    verdict_from    varchar(16),
    created_at      timestamptz,
    updated_at      timestamptz,
    version         integer,
    PRIMARY KEY (rev, id)
);
CREATE INDEX review_aud_id_idx ON review_aud (id, rev);
