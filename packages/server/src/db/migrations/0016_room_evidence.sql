-- What backs a group of a room's checklist (issue 19): the channels and event names staff tag it
-- with. Posts and ratings typed up from those channels, or at those events, count as heard from
-- the group. Names of events, not of people: no personal data.
ALTER TABLE room_groups ADD COLUMN IF NOT EXISTS evidence_channels text[] NOT NULL DEFAULT '{}';
ALTER TABLE room_groups ADD COLUMN IF NOT EXISTS evidence_events text[] NOT NULL DEFAULT '{}';
-- Counting by event name, whatever its case.
CREATE INDEX IF NOT EXISTS posts_event_lower ON posts (lower(event)) WHERE event IS NOT NULL;
CREATE INDEX IF NOT EXISTS ratings_event_lower ON ratings (lower(event)) WHERE event IS NOT NULL;
