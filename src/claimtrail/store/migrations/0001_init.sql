-- The first schema, in SQL that both SQLite and PostgreSQL accept.
-- SQLite has no date types: DATE and TIMESTAMP WITH TIME ZONE columns get NUMERIC affinity
-- there, and the ISO 8601 text the store writes into them stays text (it is not a number).
-- Timestamps are written in UTC at a fixed width, so they also sort by time in SQLite.
-- Spans are JSON text: [[start, end], ...] of code-point offsets into articles.text.

CREATE TABLE articles (
    id TEXT PRIMARY KEY,
    seq BIGINT NOT NULL,                      -- ingest order
    text TEXT NOT NULL,
    content_hash TEXT NOT NULL,
    origin TEXT NOT NULL,
    url TEXT,
    outlet TEXT,
    title TEXT,
    author TEXT,
    published TIMESTAMP WITH TIME ZONE,
    published_offset_s INTEGER,               -- the outlet's UTC offset, restored on read
    published_basis TEXT,
    language TEXT,
    duplicate_of TEXT,                        -- no foreign key: the original may come later
    duplicate_similarity DOUBLE PRECISION,
    ingested_at TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX articles_order ON articles (seq, id);
CREATE INDEX articles_content_hash ON articles (content_hash, seq);
CREATE INDEX articles_url ON articles (url);
CREATE INDEX articles_outlet ON articles (outlet);
CREATE INDEX articles_published ON articles (published);
CREATE INDEX articles_duplicate_of ON articles (duplicate_of);

CREATE TABLE statements (
    id TEXT PRIMARY KEY,
    article_id TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    seq BIGINT NOT NULL,                      -- ingest order, then order within the article
    source TEXT NOT NULL,
    cue TEXT NOT NULL,
    content TEXT NOT NULL,
    via TEXT NOT NULL,
    kind TEXT NOT NULL,
    confidence DOUBLE PRECISION NOT NULL,
    speaker_id TEXT,                          -- no foreign key: entities are written later
    said_on DATE,
    said_on_basis TEXT,
    time_expression TEXT,                     -- JSON [start, end] or NULL
    via_id TEXT,
    grp TEXT                                  -- same-utterance group; GROUP is a keyword
);
CREATE INDEX statements_order ON statements (seq, id);
CREATE INDEX statements_article ON statements (article_id, seq, id);
CREATE INDEX statements_speaker ON statements (speaker_id);
CREATE INDEX statements_via ON statements (via_id);
CREATE INDEX statements_group ON statements (grp);
CREATE INDEX statements_said_on ON statements (said_on);

CREATE TABLE entities (
    id TEXT PRIMARY KEY,
    name TEXT NOT NULL,
    type TEXT NOT NULL,
    aliases TEXT NOT NULL                     -- JSON list of strings
);
CREATE INDEX entities_name ON entities (name);

CREATE TABLE stories (
    id TEXT PRIMARY KEY,
    title TEXT NOT NULL
);

CREATE TABLE story_articles (
    article_id TEXT PRIMARY KEY REFERENCES articles (id) ON DELETE CASCADE,  -- one story each
    story_id TEXT NOT NULL REFERENCES stories (id) ON DELETE CASCADE,
    position INTEGER NOT NULL
);
CREATE INDEX story_articles_story ON story_articles (story_id, position);

CREATE TABLE discrepancies (
    id TEXT PRIMARY KEY,
    kind TEXT NOT NULL,
    statement_ids TEXT NOT NULL,              -- JSON list
    article_ids TEXT NOT NULL,                -- JSON list
    evidence TEXT NOT NULL,                   -- JSON [{"article", "start", "end", "text"}]
    explanation TEXT NOT NULL,
    score DOUBLE PRECISION NOT NULL
);
CREATE INDEX discrepancies_kind ON discrepancies (kind);

CREATE TABLE partitions (
    key TEXT PRIMARY KEY,
    fingerprint TEXT NOT NULL,
    finished_at TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE TABLE failures (
    key TEXT PRIMARY KEY,                     -- sha256 of origin and reason: one row per failure
    seq BIGINT NOT NULL,
    origin TEXT NOT NULL,
    reason TEXT NOT NULL,
    at TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX failures_order ON failures (seq, key);
CREATE INDEX failures_origin ON failures (origin);
