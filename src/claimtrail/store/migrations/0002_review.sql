-- Curation by people through the API: discrepancy reviews and an audit log of every write.
-- Both tables are written only by the API (store/queries/); the pipeline never touches them,
-- so a rerun that rewrites discrepancies keeps their reviews (keyed by discrepancy id).

CREATE TABLE reviews (
    discrepancy_id TEXT PRIMARY KEY,          -- no foreign key: discrepancies are rewritten
    status TEXT NOT NULL,                     -- 'open' | 'reviewed' | 'dismissed'
    note TEXT NOT NULL,
    actor TEXT NOT NULL,                      -- token label and client address
    at TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE TABLE audit_log (
    id TEXT PRIMARY KEY,                      -- random, so concurrent writers never collide
    seq BIGINT NOT NULL,                      -- write order
    actor TEXT NOT NULL,
    action TEXT NOT NULL,                     -- 'ingest' | 'merge' | 'split' | 'review'
    target TEXT NOT NULL,
    detail TEXT NOT NULL,                     -- JSON object
    at TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX audit_log_order ON audit_log (seq, id);
