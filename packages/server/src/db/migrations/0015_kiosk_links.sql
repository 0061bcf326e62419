-- Kiosk links (issue 20, CONTRACT.md "Kiosk"): a shared tablet at an event. Only a keyed hash of
-- the key is kept (as for staff tokens and room editor links), with the board, the event's name and
-- when the key stops working. Writes sent with it are stored with channel 'event' and the event.
CREATE TABLE IF NOT EXISTS board_kiosk_links (
  id          text PRIMARY KEY,
  board_id    text NOT NULL,
  event       text NOT NULL,
  key_hash    text NOT NULL UNIQUE,
  expires_at  timestamptz NOT NULL,
  created_by  text NOT NULL,
  created_at  timestamptz NOT NULL DEFAULT now(),
  revoked_at  timestamptz
);
CREATE INDEX IF NOT EXISTS board_kiosk_links_board ON board_kiosk_links (board_id, created_at DESC);
-- A support given on a kiosk counts toward the event too: `online` for every support before this.
ALTER TABLE supports ADD COLUMN IF NOT EXISTS channel text NOT NULL DEFAULT 'online'
  CHECK (channel IN ('online', 'paper', 'event', 'phone', 'email', 'other'));
ALTER TABLE supports ADD COLUMN IF NOT EXISTS event text;
