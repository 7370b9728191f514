-- What the resolver learnt of each entity beyond its names (model.EntityProfile): its office,
-- how often and when it was last quoted, and the surnames quoted beside it. A later run loads them with the
-- entities, so "sein Sprecher" still finds the spokesman an earlier run learnt of.
-- Lists are JSON text; an entity stored before this migration has no profile yet.

CREATE TABLE entity_profiles (
    entity_id TEXT PRIMARY KEY REFERENCES entities (id) ON DELETE CASCADE,
    office_classes TEXT NOT NULL,             -- JSON ["spokes", ...]
    office_qualifiers TEXT NOT NULL,          -- JSON ["vati", ...]
    office_owners TEXT NOT NULL,              -- JSON surname stems of whom the office serves
    mentions INTEGER NOT NULL,
    context TEXT NOT NULL,                    -- JSON [[surname stem, count], ...]
    last_seen BIGINT NOT NULL                 -- the resolver's clock when it last resolved it
);
