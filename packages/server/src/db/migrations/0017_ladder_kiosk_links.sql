-- Kiosk links for a ladder too (issue 20, `<copro-ladder kiosk>`): the same links, with the kind of
-- thing they are for. `board_id` holds the board's id for a board's link and the ladder's for a
-- ladder's; a key works only for its own kind and id. Every link before this is a board's.
ALTER TABLE board_kiosk_links ADD COLUMN IF NOT EXISTS kind text NOT NULL DEFAULT 'board'
  CHECK (kind IN ('board', 'ladder'));
DROP INDEX IF EXISTS board_kiosk_links_board;
CREATE INDEX IF NOT EXISTS board_kiosk_links_kind ON board_kiosk_links (kind, board_id, created_at DESC);
