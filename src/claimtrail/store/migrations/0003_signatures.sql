-- MinHash signatures of the article texts and their LSH band buckets: duplicate detection looks
-- candidates up by index, so nothing that grows with the store is held in memory or rebuilt
-- when a run starts. An article stored before this migration (or by a run killed between its
-- two transactions) has no row here; the next run signs it (engine/duplicates.py).

CREATE TABLE article_signatures (
    article_id TEXT PRIMARY KEY REFERENCES articles (id) ON DELETE CASCADE,
    signature TEXT NOT NULL                   -- hex of the hash values; '' for a text with no words
);

CREATE TABLE article_buckets (
    band INTEGER NOT NULL,
    bucket TEXT NOT NULL,                     -- hash of the band's slice of the signature
    article_id TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE
);
CREATE INDEX article_buckets_key ON article_buckets (band, bucket);
CREATE INDEX article_buckets_article ON article_buckets (article_id);
