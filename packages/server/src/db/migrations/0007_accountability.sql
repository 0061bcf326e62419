-- "Do what you said you would do": dated promises, the history of every answer, a board's
-- closing date and the time zone its due dates fall in. Independent of migrations 0004 to 0006.
ALTER TABLE boards ADD COLUMN closes_at timestamptz;
ALTER TABLE boards ADD COLUMN time_zone text NOT NULL DEFAULT 'Europe/London';

-- The due date in force for the current answer (kept by updates that set none).
ALTER TABLE posts ADD COLUMN response_due date;

-- Every answer and update, as given. Rows are only ever added; a post's erasure removes its rows with it.
CREATE TABLE post_responses (
  id          bigserial PRIMARY KEY,
  post_id     text NOT NULL REFERENCES posts (id) ON DELETE CASCADE,
  status      text NOT NULL,
  message     text NOT NULL,
  due         date,
  role        text NOT NULL,
  at          timestamptz NOT NULL
);
CREATE INDEX post_responses_post ON post_responses (post_id, at, id);

-- Answers given before this migration become the first entry of their history.
INSERT INTO post_responses (post_id, status, message, due, role, at)
  SELECT id, response_status, COALESCE(response_message, ''), NULL, 'staff', responded_at
  FROM posts WHERE response_status IS NOT NULL;
