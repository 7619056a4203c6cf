-- Curation: API keys, the slugs of merged speakers, and the Envers history of statements, speakers, topics and
-- sources. The audit tables follow what Hibernate Envers expects (checked by schema validation at start).

CREATE TABLE api_key (
    id           uuid PRIMARY KEY,
    name         varchar(200) NOT NULL,
    role         varchar(16)  NOT NULL CHECK (role IN ('editor', 'admin')),
    key_hash     varchar(64)  NOT NULL UNIQUE,
    created_at   timestamptz  NOT NULL,
    revoked_at   timestamptz,
    last_used_at timestamptz
);

CREATE TABLE speaker_slug_redirect (
    old_slug   varchar(300) PRIMARY KEY,
    speaker_id uuid         NOT NULL REFERENCES speaker (id)
);
CREATE INDEX speaker_slug_redirect_speaker_idx ON speaker_slug_redirect (speaker_id);

-- Hibernate allocates revision numbers 50 at a time.
CREATE SEQUENCE audit_revision_seq START WITH 1 INCREMENT BY 50;

CREATE TABLE audit_revision (
    id          bigint PRIMARY KEY,
    timestamp   bigint       NOT NULL,
    author_name varchar(200),
    author_role varchar(16)
);

CREATE TABLE speaker_aud (
    id          uuid     NOT NULL,
    rev         bigint   NOT NULL REFERENCES audit_revision (id),
    revtype     smallint,
    kind        varchar(16),
    name        varchar(300),
    slug        varchar(300),
    wikidata_id varchar(20),
    description text,
    created_at  timestamptz,
    updated_at  timestamptz,
    version     integer,
    PRIMARY KEY (rev, id)
);

CREATE TABLE speaker_alias_aud (
    rev        bigint       NOT NULL REFERENCES audit_revision (id),
    speaker_id uuid         NOT NULL,
    position   integer      NOT NULL,
    alias      varchar(300) NOT NULL,
    revtype    smallint,
    PRIMARY KEY (position, rev, speaker_id, alias)
);

CREATE TABLE speaker_role_aud (
    rev          bigint   NOT NULL REFERENCES audit_revision (id),
    speaker_id   uuid     NOT NULL,
    position     integer  NOT NULL,
    revtype      smallint NOT NULL,
    title        varchar(300),
    organization varchar(300),
    party        varchar(100),
    jurisdiction varchar(100),
    valid_from   date,
    valid_to     date,
    PRIMARY KEY (position, revtype, rev, speaker_id)
);

CREATE TABLE topic_aud (
    id         uuid   NOT NULL,
    rev        bigint NOT NULL REFERENCES audit_revision (id),
    revtype    smallint,
    name       varchar(200),
    slug       varchar(200),
    parent_id  uuid,
    created_at timestamptz,
    updated_at timestamptz,
    version    integer,
    PRIMARY KEY (rev, id)
);

CREATE TABLE source_aud (
    id           uuid   NOT NULL,
    rev          bigint NOT NULL REFERENCES audit_revision (id),
    revtype      smallint,
    url          varchar(2048),
    outlet       varchar(200),
    title        varchar(1000),
    published_on date,
    author       varchar(300),
    created_at   timestamptz,
    updated_at   timestamptz,
    version      integer,
    PRIMARY KEY (rev, id)
);

CREATE TABLE statement_aud (
    id                uuid   NOT NULL,
    rev               bigint NOT NULL REFERENCES audit_revision (id),
    revtype           smallint,
    external_id       varchar(200),
    text              text,
    kind              varchar(16),
    language          varchar(35),
    speaker_id        uuid,
    on_behalf_of_id   uuid,
    speaker_role      varchar(500),
    said_on           date,
    date_precision    varchar(8),
    context           varchar(1000),
    status            varchar(16),
    retraction_reason varchar(2000),
    created_at        timestamptz,
    updated_at        timestamptz,
    version           integer,
    PRIMARY KEY (rev, id)
);
CREATE INDEX statement_aud_id_idx ON statement_aud (id, rev);

CREATE TABLE statement_topic_aud (
    rev          bigint NOT NULL REFERENCES audit_revision (id),
    statement_id uuid   NOT NULL,
    topic_id     uuid   NOT NULL,
    revtype      smallint,
    PRIMARY KEY (rev, statement_id, topic_id)
);

CREATE TABLE statement_source_aud (
    rev          bigint   NOT NULL REFERENCES audit_revision (id),
    statement_id uuid     NOT NULL,
    position     integer  NOT NULL,
    revtype      smallint NOT NULL,
    source_id    uuid,
    attribution  varchar(1000),
    PRIMARY KEY (position, revtype, rev, statement_id)
);

-- Rows stored before history existed get one baseline revision (number 0, below any Hibernate allocates), so that
-- every later revision can find the speakers, topics and sources it refers to.
INSERT INTO audit_revision (id, timestamp, author_name, author_role)
SELECT 0, (extract(epoch FROM now()) * 1000)::bigint, 'system', 'system'
WHERE EXISTS (SELECT 1 FROM speaker) OR EXISTS (SELECT 1 FROM topic) OR EXISTS (SELECT 1 FROM source);

INSERT INTO speaker_aud (id, rev, revtype, kind, name, slug, wikidata_id, description, created_at, updated_at,
                         version)
SELECT id, 0, 0, kind, name, slug, wikidata_id, description, created_at, updated_at, version FROM speaker;
INSERT INTO speaker_alias_aud (rev, speaker_id, position, alias, revtype)
SELECT 0, speaker_id, position, alias, 0 FROM speaker_alias;
INSERT INTO speaker_role_aud (rev, speaker_id, position, revtype, title, organization, party, jurisdiction, valid_from,
                              valid_to)
SELECT 0, speaker_id, position, 0, title, organization, party, jurisdiction, valid_from, valid_to FROM speaker_role;
INSERT INTO topic_aud (id, rev, revtype, name, slug, parent_id, created_at, updated_at, version)
SELECT id, 0, 0, name, slug, parent_id, created_at, updated_at, version FROM topic;
INSERT INTO source_aud (id, rev, revtype, url, outlet, title, published_on, author, created_at, updated_at,
                        version)
SELECT id, 0, 0, url, outlet, title, published_on, author, created_at, updated_at, version FROM source;
INSERT INTO statement_aud (id, rev, revtype, external_id, text, kind, language, speaker_id, on_behalf_of_id,
                           speaker_role, said_on, date_precision, context, status, retraction_reason, created_at,
                           updated_at, version)
SELECT id, 0, 0, external_id, text, kind, language, speaker_id, on_behalf_of_id, speaker_role, said_on, date_precision,
       context, status, retraction_reason, created_at, updated_at, version
FROM statement;
INSERT INTO statement_topic_aud (rev, statement_id, topic_id, revtype)
SELECT 0, statement_id, topic_id, 0 FROM statement_topic;
INSERT INTO statement_source_aud (rev, statement_id, position, revtype, source_id, attribution)
SELECT 0, statement_id, position, 0, source_id, attribution FROM statement_source;
