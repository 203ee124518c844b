-- newsgraph schema, version 2: corrections users make by hand (alias, merge, split).

-- Where a name that no longer has an entity of its own now goes. `newsgraph merge A B`
-- deletes A and leaves A's key (kind ':' folded name) here pointing at B, so a later
-- article naming A with A's kind joins B even when B has another kind. Ingest looks here
-- after entities.key and before the aliases table.
CREATE TABLE entity_redirects (
    key           TEXT    PRIMARY KEY,   -- EntityKey of the merged-away entity
    entity_id     INTEGER NOT NULL REFERENCES entities(id) ON DELETE CASCADE
) WITHOUT ROWID;
CREATE INDEX entity_redirects_entity ON entity_redirects (entity_id);

-- What users decided, in order: the graph already holds the effect; this log says what was
-- decided and when, and keeps the names even after the entities they named are gone.
CREATE TABLE user_corrections (
    id            INTEGER PRIMARY KEY,
    action        TEXT    NOT NULL CHECK (action IN ('alias', 'merge', 'split')),
    name          TEXT    NOT NULL,      -- the alias, the merged-away entity, or the entity split
    target        TEXT    NOT NULL,      -- the canonical entity, the entity merged into, or the new entity
    target_id     INTEGER,               -- entities.id of target when recorded (may be gone since)
    detail        TEXT    NOT NULL DEFAULT '{}',  -- JSON: what moved (counts, aliases)
    created       TEXT    NOT NULL
);
