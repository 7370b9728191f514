-- The story each discrepancy was found in: when a story is checked again (new reports, new
-- groups) what its earlier check found is replaced, so findings that no longer hold go away.
-- Rows stored before this migration have no story and stay until deleted by hand.

ALTER TABLE discrepancies ADD COLUMN story_id TEXT;
CREATE INDEX discrepancies_story ON discrepancies (story_id);
