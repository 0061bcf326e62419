-- What the resident and staff trial asked of a board's moderation (issue 15).
-- Residents report posts; a board hides a post for review after this many open reports (0: never).
ALTER TABLE boards ADD COLUMN IF NOT EXISTS reports_to_hide integer NOT NULL DEFAULT 3 CHECK (reports_to_hide >= 0);
-- The public page that holds the board: the Atom feed links its entries there.
ALTER TABLE boards ADD COLUMN IF NOT EXISTS page_url text;

-- A report names a reason from a short list and nothing of who sent it (no participant is kept).
-- `resolved_at` is set when a moderator shows or hides the post: its reports are then dealt with.
CREATE TABLE IF NOT EXISTS post_reports (
  id          text PRIMARY KEY,
  post_id     text NOT NULL REFERENCES posts (id) ON DELETE CASCADE,
  reason      text NOT NULL,
  created_at  timestamptz NOT NULL,
  resolved_at timestamptz,
  write_hash  text NOT NULL
);
CREATE INDEX IF NOT EXISTS post_reports_open ON post_reports (post_id) WHERE resolved_at IS NULL;
