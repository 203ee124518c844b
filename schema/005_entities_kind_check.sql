-- newsgraph schema, version 5: entities.kind checked without a temporary table.
--
-- SQLite evaluates `kind IN ('person', ...)` by filling a temporary B-tree with the six
-- names on every INSERT into entities: about 1.5 % of an ingest's instructions. The same
-- constraint written as comparisons joined by OR needs none. A CHECK cannot be changed in
-- place, so the table is rebuilt, keeping its rows and ids. The store runs migrations with
-- foreign-key enforcement off (dropping the old table then deletes nothing that refers to
-- it) and checks the foreign keys before it commits.
CREATE TABLE entities_new (
    id            INTEGER PRIMARY KEY,
    name          TEXT    NOT NULL,
    kind          TEXT    NOT NULL CHECK (kind = 'person' OR kind = 'organization' OR kind = 'country'
                                          OR kind = 'location' OR kind = 'event' OR kind = 'misc'),
    iso_code      TEXT,              -- ISO 3166-1 alpha-2, countries only
    key           TEXT    NOT NULL UNIQUE,  -- EntityKey: kind ':' folded name
    mention_count INTEGER NOT NULL DEFAULT 0,
    article_count INTEGER NOT NULL DEFAULT 0,
    first_seen    TEXT,
    last_seen     TEXT
);
INSERT INTO entities_new (id, name, kind, iso_code, key, mention_count, article_count, first_seen, last_seen)
    SELECT id, name, kind, iso_code, key, mention_count, article_count, first_seen, last_seen FROM entities;
DROP TABLE entities;
ALTER TABLE entities_new RENAME TO entities;
CREATE INDEX entities_kind ON entities (kind, mention_count);
CREATE INDEX entities_name ON entities (name COLLATE NOCASE);
