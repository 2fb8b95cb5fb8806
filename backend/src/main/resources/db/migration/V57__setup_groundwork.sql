-- Groundwork shared by the setup screens (issue #18): where a person works, which routing rules can
-- match on; a support group can be retired (kept for its tickets' history, no longer routed to).
ALTER TABLE user_accounts ADD COLUMN department VARCHAR(100);
ALTER TABLE user_accounts ADD COLUMN location VARCHAR(100);
ALTER TABLE support_groups ADD COLUMN retired_at DATETIME(6);
