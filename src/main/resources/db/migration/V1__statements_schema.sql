-- Speakers, topics, sources and statements: the foundation schema. Flyway owns it; Hibernate only validates.

CREATE TABLE speaker (
    id          uuid PRIMARY KEY,
    kind        varchar(16)  NOT NULL CHECK (kind IN ('PERSON', 'ORGANIZATION')),
    name        varchar(300) NOT NULL,
    slug        varchar(300) NOT NULL UNIQUE,
    wikidata_id varchar(20)  CHECK (wikidata_id ~ '^Q[1-9][0-9]*$'),
    description text,
    created_at  timestamptz  NOT NULL,
    updated_at  timestamptz  NOT NULL,
    version     integer      NOT NULL
);

CREATE TABLE speaker_alias (
    speaker_id uuid         NOT NULL REFERENCES speaker (id) ON DELETE CASCADE,
    position   integer      NOT NULL,
    alias      varchar(300) NOT NULL,
    PRIMARY KEY (speaker_id, position)
);
CREATE INDEX speaker_alias_lower_idx ON speaker_alias (lower(alias));

CREATE TABLE speaker_role (
    speaker_id   uuid         NOT NULL REFERENCES speaker (id) ON DELETE CASCADE,
    position     integer      NOT NULL,
    title        varchar(300) NOT NULL,
    organization varchar(300),
    party        varchar(100),
    jurisdiction varchar(100),
    valid_from   date,
    valid_to     date,
    PRIMARY KEY (speaker_id, position),
    CHECK (valid_to IS NULL OR valid_from IS NULL OR valid_from <= valid_to)
);

CREATE TABLE topic (
    id         uuid PRIMARY KEY,
    name       varchar(200) NOT NULL,
    slug       varchar(200) NOT NULL UNIQUE,
    parent_id  uuid REFERENCES topic (id),
    created_at timestamptz  NOT NULL,
    updated_at timestamptz  NOT NULL,
    version    integer      NOT NULL,
    CHECK (parent_id IS NULL OR parent_id <> id)
);
CREATE INDEX topic_parent_idx ON topic (parent_id);

CREATE TABLE source (
    id           uuid PRIMARY KEY,
    url          varchar(2048) NOT NULL UNIQUE CHECK (url ~* '^https?://'),
    outlet       varchar(200)  NOT NULL,
    title        varchar(1000),
    published_on date,
    author       varchar(300),
    created_at   timestamptz   NOT NULL,
    updated_at   timestamptz   NOT NULL,
    version      integer       NOT NULL
);
CREATE INDEX source_outlet_lower_idx ON source (lower(outlet));

CREATE TABLE statement (
    id                uuid PRIMARY KEY,
    external_id       varchar(200) UNIQUE,
    text              text         NOT NULL CHECK (length(text) BETWEEN 1 AND 10000),
    kind              varchar(16)  NOT NULL CHECK (kind IN ('DIRECT', 'PARAPHRASE', 'WRITTEN')),
    language          varchar(35)  NOT NULL DEFAULT 'en',
    speaker_id        uuid         NOT NULL REFERENCES speaker (id),
    on_behalf_of_id   uuid         REFERENCES speaker (id),
    speaker_role      varchar(500),
    said_on           date         NOT NULL,
    date_precision    varchar(8)   NOT NULL CHECK (date_precision IN ('DAY', 'MONTH', 'YEAR')),
    context           varchar(1000),
    status            varchar(16)  NOT NULL CHECK (status IN ('PUBLISHED', 'PENDING_REVIEW', 'RETRACTED')),
    retraction_reason varchar(2000),
    created_at        timestamptz  NOT NULL,
    updated_at        timestamptz  NOT NULL,
    version           integer      NOT NULL
);
-- Keyset paging: newest first within a status, and per speaker.
CREATE INDEX statement_status_said_on_idx ON statement (status, said_on DESC, id DESC);
CREATE INDEX statement_speaker_said_on_idx ON statement (speaker_id, said_on DESC, id DESC);
CREATE INDEX statement_on_behalf_of_idx ON statement (on_behalf_of_id) WHERE on_behalf_of_id IS NOT NULL;

CREATE TABLE statement_topic (
    statement_id uuid NOT NULL REFERENCES statement (id) ON DELETE CASCADE,
    topic_id     uuid NOT NULL REFERENCES topic (id),
    PRIMARY KEY (statement_id, topic_id)
);
CREATE INDEX statement_topic_topic_idx ON statement_topic (topic_id, statement_id);

CREATE TABLE statement_source (
    statement_id uuid NOT NULL REFERENCES statement (id) ON DELETE CASCADE,
    position     integer      NOT NULL,
    source_id    uuid         NOT NULL REFERENCES source (id),
    attribution  varchar(1000),
    PRIMARY KEY (statement_id, position)
);
CREATE INDEX statement_source_source_idx ON statement_source (source_id);
