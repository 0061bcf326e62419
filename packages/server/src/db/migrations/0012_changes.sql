-- The change feed (issue 21): every committed write to a board, room or ladder (or to the
-- server-wide settings) is numbered per resource and announced with NOTIFY on 'copro_changes',
-- so every server on one database clears its cache of public reads (and, later, tells its live
-- streams). change_counters holds each resource's last number: the row lock taken by the counter's
-- UPDATE makes numbers follow commit order within a resource. changes keeps the recent ones (the
-- retention job prunes them after a day) so a live stream can replay what a reader missed. A
-- change names only the resource and the changed item (a post or group id), never a participant.
CREATE TABLE change_counters (
  kind text NOT NULL,
  resource text NOT NULL,
  last bigint NOT NULL,
  PRIMARY KEY (kind, resource)
);

CREATE TABLE changes (
  kind text NOT NULL,
  resource text NOT NULL,
  id bigint NOT NULL,
  event text NOT NULL,
  item text,
  at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (kind, resource, id)
);
CREATE INDEX changes_at ON changes (at);
