-- Fixes from the attack review (issue 13). See docs/security.md for each finding.

-- Similar-post search with a bounded cost (finding 1). Trigram similarity computed the trigrams of
-- every candidate body and of the query on each row: one 4,900-character search of 300 long posts
-- held PGlite (and with it the whole process) for 21 s. Words are now parsed once, when a post is
-- written, from its first 500 characters, and the index finds the posts that share a word with a search;
-- the words of at most 100 of them are compared (store/board-extras.ts).
ALTER TABLE posts ADD COLUMN search_words tsvector
  GENERATED ALWAYS AS (to_tsvector('simple'::regconfig, left(body, 500))) STORED;
CREATE INDEX posts_search_words ON posts USING gin (search_words);
-- Nothing searches by trigram any more; the index only slowed every write.
DROP INDEX IF EXISTS posts_body_trgm;

-- Replays (finding 2): a hash of each write as first received. A replay of the id with different
-- content or from another participant is a conflict; a later redaction of the stored text does not
-- turn an honest retry into one. The hash is of the fields joined by U+001F (see store/replays.ts).
ALTER TABLE posts ADD COLUMN write_hash text;
ALTER TABLE ratings ADD COLUMN write_hash text;
ALTER TABLE clarity ADD COLUMN write_hash text;
UPDATE posts SET write_hash = encode(sha256(convert_to(concat_ws(chr(31), 'post', board_id, participant, body,
  coalesce(category, ''), coalesce(display_name, '')), 'UTF8')), 'hex');
-- Ratings and clarity answers from before this migration were never changed after they were
-- stored, so their hash is recomputed from the row when a replay needs it.

-- Rating ids a later rating from the same participant replaced (finding 8): a late replay of one
-- answers as a replay and changes nothing.
CREATE TABLE superseded_ratings (
  id             text PRIMARY KEY,
  ladder_id      text NOT NULL REFERENCES ladders (id) ON DELETE CASCADE,
  participant    text NOT NULL,
  write_hash     text NOT NULL,
  superseded_at  timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX superseded_ratings_participant ON superseded_ratings (ladder_id, participant);
