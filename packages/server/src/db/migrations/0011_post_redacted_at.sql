-- Readers see that a moderator changed a post (issue 15): when a moderator last changed its words
-- (to take out personal details: PUT .../posts/{post}/body). NULL for a post as its author wrote it.
ALTER TABLE posts ADD COLUMN IF NOT EXISTS redacted_at timestamptz;
