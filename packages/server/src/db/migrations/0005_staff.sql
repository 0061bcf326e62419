-- Named staff, the audit trail, room editor links, erased ids and the daily retention job.
-- Depends only on 0001-0003.

-- A key for HMAC-SHA256 of tokens, made once per database (so every server sharing it agrees).
CREATE TABLE server_secrets (
  name   text PRIMARY KEY,
  value  text NOT NULL
);

CREATE TABLE staff (
  id          text PRIMARY KEY,
  name        text NOT NULL,
  role        text NOT NULL CHECK (role IN ('viewer', 'moderator', 'admin')),
  -- HMAC-SHA256 of the token (hex); the token itself is never stored.
  token_hash  text NOT NULL UNIQUE,
  created_at  timestamptz NOT NULL DEFAULT date_trunc('milliseconds', now()),
  expires_at  timestamptz,
  revoked_at  timestamptz
);

-- Append-only: the application inserts and reads, never updates or deletes (retention aside).
CREATE TABLE audit_log (
  seq      bigserial PRIMARY KEY,
  at       timestamptz NOT NULL DEFAULT date_trunc('milliseconds', clock_timestamp()),
  staff    text NOT NULL,
  action   text NOT NULL,
  target   text NOT NULL,
  changes  jsonb NOT NULL DEFAULT '{}'::jsonb
);
CREATE INDEX audit_log_staff ON audit_log (staff, seq DESC);
CREATE INDEX audit_log_action ON audit_log (action, seq DESC);

CREATE TABLE room_editor_links (
  id          text PRIMARY KEY,
  room_id     text NOT NULL,
  key_hash    text NOT NULL UNIQUE,
  created_by  text NOT NULL,
  created_at  timestamptz NOT NULL DEFAULT now(),
  revoked_at  timestamptz
);

ALTER TABLE rooms ADD COLUMN public_editing boolean NOT NULL DEFAULT false;
ALTER TABLE room_groups ADD COLUMN removed_at timestamptz;
-- Who last changed a group: a staff name, `editor link <id>`, or `anonymous` (public editing).
ALTER TABLE room_groups ADD COLUMN updated_by text;

-- Ids erased by a resident, by staff or by retention: a late replay answers 410 and stores nothing.
CREATE TABLE erased_ids (
  id         text PRIMARY KEY,
  kind       text NOT NULL,
  erased_at  timestamptz NOT NULL DEFAULT now()
);

-- Retention, in days, per item (null: the server's default).
ALTER TABLE boards ADD COLUMN retention_days integer;
ALTER TABLE rooms ADD COLUMN retention_days integer;
ALTER TABLE ladders ADD COLUMN retention_days integer;
-- Server-wide settings (clarity retention, audit retention), one row each.
CREATE TABLE server_settings (
  name   text PRIMARY KEY,
  value  jsonb NOT NULL
);

-- The daily jobs: a row per job per day, claimed by the first server to insert it.
CREATE TABLE job_runs (
  job         text NOT NULL,
  day         date NOT NULL,
  claimed_at  timestamptz NOT NULL DEFAULT now(),
  result      jsonb,
  PRIMARY KEY (job, day)
);
