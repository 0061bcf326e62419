-- copro's first schema. Plain PostgreSQL: runs on PGlite and on a PostgreSQL server alike.
-- Ids are kept as text (client-made UUIDs, lower-cased by the server; slugs for boards, rooms, ladders, groups).
-- Timestamps are stored to the millisecond so that keyset cursors round-trip exactly.

CREATE TABLE boards (
  id          text PRIMARY KEY,
  title       text NOT NULL,
  categories  jsonb NOT NULL DEFAULT '[]'::jsonb,
  moderation  text NOT NULL DEFAULT 'after' CHECK (moderation IN ('before', 'after')),
  max_length  integer NOT NULL DEFAULT 1000,
  open        boolean NOT NULL DEFAULT true,
  created_at  timestamptz NOT NULL DEFAULT date_trunc('milliseconds', now())
);

CREATE TABLE posts (
  id                text PRIMARY KEY,
  board_id          text NOT NULL REFERENCES boards (id) ON DELETE CASCADE,
  participant       text NOT NULL,
  body              text NOT NULL,
  category          text,
  display_name      text,
  created_at        timestamptz NOT NULL DEFAULT date_trunc('milliseconds', clock_timestamp()),
  support_count     integer NOT NULL DEFAULT 0 CHECK (support_count >= 0),
  visibility        text NOT NULL CHECK (visibility IN ('pending', 'visible', 'hidden')),
  response_status   text,
  response_message  text,
  responded_at      timestamptz
);
CREATE INDEX posts_newest ON posts (board_id, created_at DESC, id DESC);
CREATE INDEX posts_most_supported ON posts (board_id, support_count DESC, created_at DESC, id DESC);
CREATE INDEX posts_participant ON posts (board_id, participant);

CREATE TABLE supports (
  post_id      text NOT NULL REFERENCES posts (id) ON DELETE CASCADE,
  participant  text NOT NULL,
  created_at   timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (post_id, participant)
);

CREATE TABLE rooms (
  id          text PRIMARY KEY,
  title       text NOT NULL,
  created_at  timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE room_groups (
  room_id     text NOT NULL REFERENCES rooms (id) ON DELETE CASCADE,
  id          text NOT NULL,
  label       text NOT NULL,
  hint        text NOT NULL DEFAULT '',
  status      text NOT NULL DEFAULT 'unknown',
  note        text NOT NULL DEFAULT '',
  revision    integer NOT NULL DEFAULT 0,
  position    integer NOT NULL,
  updated_at  timestamptz NOT NULL DEFAULT date_trunc('milliseconds', now()),
  PRIMARY KEY (room_id, id)
);

CREATE TABLE ladders (
  id          text PRIMARY KEY,
  title       text NOT NULL,
  rungs       jsonb NOT NULL,
  roles       jsonb NOT NULL,
  principles  boolean NOT NULL DEFAULT false,
  created_at  timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE ratings (
  id           text PRIMARY KEY,
  ladder_id    text NOT NULL REFERENCES ladders (id) ON DELETE CASCADE,
  participant  text NOT NULL,
  role         text NOT NULL,
  now_rung     text NOT NULL,
  aim_rung     text,
  principles   jsonb NOT NULL DEFAULT '{}'::jsonb,
  comment      text,
  created_at   timestamptz NOT NULL DEFAULT date_trunc('milliseconds', now()),
  UNIQUE (ladder_id, participant)
);

CREATE TABLE clarity (
  id          text PRIMARY KEY,
  page        text NOT NULL,
  block       text NOT NULL,
  version     text NOT NULL CHECK (version IN ('standard', 'plain')),
  clear       boolean NOT NULL,
  comment     text,
  created_at  timestamptz NOT NULL DEFAULT date_trunc('milliseconds', now())
);
CREATE INDEX clarity_page ON clarity (page, block);

-- Fixed-window write counters, shared by every server process on one database.
CREATE TABLE rate_limits (
  client        text NOT NULL,
  window_start  bigint NOT NULL,
  count         integer NOT NULL,
  PRIMARY KEY (client, window_start)
);
