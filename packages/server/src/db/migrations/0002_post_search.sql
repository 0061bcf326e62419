-- Similar-post search: trigram matching on post bodies. pg_trgm is a trusted extension (PostgreSQL 13+),
-- so a database owner may create it; PGlite loads it from @electric-sql/pglite/contrib/pg_trgm.
CREATE EXTENSION IF NOT EXISTS pg_trgm;
CREATE INDEX posts_body_trgm ON posts USING gin (body gin_trgm_ops);
-- The Atom feed and the "recently answered" order read answered posts by response time.
CREATE INDEX posts_answered ON posts (board_id, responded_at DESC) WHERE responded_at IS NOT NULL;
