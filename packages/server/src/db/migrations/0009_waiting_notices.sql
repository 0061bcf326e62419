-- The waiting-queue webhook (issue 16): when each board last told staff that posts wait for moderation.
-- One row per board and event, claimed with a conditional upsert, so several servers on one database
-- send at most one notice an hour per board between them. Independent of migrations 0006 to 0008.
CREATE TABLE webhook_notices (
  board_id  text NOT NULL,
  event     text NOT NULL,
  sent_at   timestamptz NOT NULL,
  PRIMARY KEY (board_id, event)
);
