-- What a resident and staff trial asked for (issue 15).
-- "Was this clear?": the participant who answered may add a comment later (PUT /v1/clarity/{id});
-- the first words of the block make the report name words, not block ids.
ALTER TABLE clarity ADD COLUMN IF NOT EXISTS participant text;
ALTER TABLE clarity ADD COLUMN IF NOT EXISTS excerpt text;
-- Ladders: a role's results are public only once it has this many answers (staff see everything).
ALTER TABLE ladders ADD COLUMN IF NOT EXISTS min_answers_to_show integer NOT NULL DEFAULT 5 CHECK (min_answers_to_show >= 0);
