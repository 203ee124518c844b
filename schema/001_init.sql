-- newsgraph schema, version 1.
--
-- Conventions (a contract for every reader of this database):
--   * Dates are TEXT in UTC, 'YYYY-MM-DD HH:MM:SS.SSS' (GRDB's format; sorts as time, and
--     SQLite's date functions read it).
--   * Offsets (start_offset, end_offset) count Unicode scalars into articles.text, end exclusive.
--   * Undirected relations (directed = 0) are stored once, with subject_id < object_id.
--   * relations.attribute is NULL when the relation has no qualifier.
--   * PRAGMA user_version holds the number of the last migration applied.

-- Feeds newsgraph has read, with the validators for conditional GET.
CREATE TABLE sources (
    id            INTEGER PRIMARY KEY,
    url           TEXT    NOT NULL UNIQUE,
    title         TEXT,
    etag          TEXT,
    last_modified TEXT,          -- the server's Last-Modified header, verbatim
    last_fetched  TEXT,
    last_status   INTEGER        -- HTTP status of the last fetch (304 = not modified), NULL for files
);

CREATE TABLE articles (
    id            INTEGER PRIMARY KEY,
    url           TEXT    NOT NULL,
    canonical_url TEXT,
    guid          TEXT,
    source_id     INTEGER REFERENCES sources(id) ON DELETE SET NULL,
    title         TEXT,
    byline        TEXT,
    published     TEXT,
    fetched       TEXT    NOT NULL,
    language      TEXT,
    site_name     TEXT,
    content_hash  TEXT    NOT NULL,  -- SHA-256 (hex) of title and text
    text          TEXT    NOT NULL
);
-- One row per page: the canonical URL when the page declares one, else the URL read.
CREATE UNIQUE INDEX articles_identity ON articles (coalesce(canonical_url, url));
CREATE INDEX articles_guid ON articles (guid) WHERE guid IS NOT NULL;
CREATE INDEX articles_content_hash ON articles (content_hash);
CREATE INDEX articles_published ON articles (coalesce(published, fetched));
CREATE INDEX articles_source ON articles (source_id);

CREATE TABLE entities (
    id            INTEGER PRIMARY KEY,
    name          TEXT    NOT NULL,
    kind          TEXT    NOT NULL CHECK (kind IN ('person', 'organization', 'country', 'location', 'event', 'misc')),
    iso_code      TEXT,              -- ISO 3166-1 alpha-2, countries only
    key           TEXT    NOT NULL UNIQUE,  -- EntityKey: kind ':' folded name
    mention_count INTEGER NOT NULL DEFAULT 0,
    article_count INTEGER NOT NULL DEFAULT 0,
    first_seen    TEXT,
    last_seen     TEXT
);
CREATE INDEX entities_kind ON entities (kind, mention_count);
CREATE INDEX entities_name ON entities (name COLLATE NOCASE);

-- Surface forms of an entity. origin 'observed' rows are counted from articles; 'user' rows
-- were added by hand and survive re-ingest.
CREATE TABLE aliases (
    id            INTEGER PRIMARY KEY,
    entity_id     INTEGER NOT NULL REFERENCES entities(id) ON DELETE CASCADE,
    alias         TEXT    NOT NULL,
    key           TEXT    NOT NULL,  -- EntityKey.fold(alias), without the kind
    count         INTEGER NOT NULL DEFAULT 0,
    origin        TEXT    NOT NULL DEFAULT 'observed' CHECK (origin IN ('observed', 'user')),
    UNIQUE (entity_id, key)
);
CREATE INDEX aliases_key ON aliases (key);

-- Which entities an article mentions, how often, and with which surface forms (JSON object
-- alias -> count); lets an updated article take back exactly what it contributed.
CREATE TABLE article_entities (
    article_id    INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    entity_id     INTEGER NOT NULL REFERENCES entities(id) ON DELETE CASCADE,
    mention_count INTEGER NOT NULL,
    aliases       TEXT    NOT NULL DEFAULT '{}',
    PRIMARY KEY (article_id, entity_id)
) WITHOUT ROWID;
CREATE INDEX article_entities_entity ON article_entities (entity_id);

CREATE TABLE mentions (
    id            INTEGER PRIMARY KEY,
    article_id    INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    start_offset  INTEGER NOT NULL,
    end_offset    INTEGER NOT NULL,
    text          TEXT    NOT NULL,
    label         TEXT    NOT NULL,  -- PER, ORG, LOC, MISC
    entity_id     INTEGER REFERENCES entities(id) ON DELETE SET NULL,
    confidence    REAL    NOT NULL,
    UNIQUE (article_id, start_offset, end_offset, label)
);
CREATE INDEX mentions_entity ON mentions (entity_id);

CREATE TABLE relations (
    id            INTEGER PRIMARY KEY,
    subject_id    INTEGER NOT NULL REFERENCES entities(id) ON DELETE CASCADE,
    object_id     INTEGER NOT NULL REFERENCES entities(id) ON DELETE CASCADE,
    type          TEXT    NOT NULL,
    directed      INTEGER NOT NULL CHECK (directed IN (0, 1)),
    attribute     TEXT,
    weight        INTEGER NOT NULL DEFAULT 0,  -- number of evidence sentences
    article_count INTEGER NOT NULL DEFAULT 0,
    first_seen    TEXT,
    last_seen     TEXT
);
-- Also serves neighbors-by-subject lookups (leading column).
CREATE UNIQUE INDEX relations_identity ON relations (subject_id, object_id, type, coalesce(attribute, ''));
CREATE INDEX relations_object ON relations (object_id, type);

CREATE TABLE evidence (
    id            INTEGER PRIMARY KEY,
    relation_id   INTEGER NOT NULL REFERENCES relations(id) ON DELETE CASCADE,
    article_id    INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    sentence      TEXT    NOT NULL,
    start_offset  INTEGER NOT NULL,
    end_offset    INTEGER NOT NULL,
    published     TEXT,              -- the article's published date, else its fetch time
    UNIQUE (relation_id, article_id, start_offset, end_offset)
);
CREATE INDEX evidence_article ON evidence (article_id);
