-- Consecutive failed sign-ins per local account, and until when the account is locked after too many.
ALTER TABLE user_accounts ADD COLUMN failed_logins INT NOT NULL DEFAULT 0;
ALTER TABLE user_accounts ADD COLUMN locked_until DATETIME(6) NULL;
