-- How each post and rating arrived (issue 20, CONTRACT.md "Channels"): `online` when a resident
-- typed it in the element (every row stored before this migration), otherwise typed up by staff on
-- someone's behalf from a paper form, at an event, on the phone, by email or another way.
-- `event` is the event's name, for the `event` channel.
ALTER TABLE posts ADD COLUMN IF NOT EXISTS channel text NOT NULL DEFAULT 'online'
  CHECK (channel IN ('online', 'paper', 'event', 'phone', 'email', 'other'));
ALTER TABLE posts ADD COLUMN IF NOT EXISTS event text;
ALTER TABLE ratings ADD COLUMN IF NOT EXISTS channel text NOT NULL DEFAULT 'online'
  CHECK (channel IN ('online', 'paper', 'event', 'phone', 'email', 'other'));
ALTER TABLE ratings ADD COLUMN IF NOT EXISTS event text;
-- Residents see how each post arrived ("From a paper form") only when the board says so.
ALTER TABLE boards ADD COLUMN IF NOT EXISTS show_channel boolean NOT NULL DEFAULT false;
