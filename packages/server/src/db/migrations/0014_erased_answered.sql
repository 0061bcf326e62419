-- The public record says how many answered posts were erased at their authors' request (issue 19:
-- nothing leaves the history silently): a count per board, never what the posts said.
ALTER TABLE boards ADD COLUMN IF NOT EXISTS erased_answered integer NOT NULL DEFAULT 0;
