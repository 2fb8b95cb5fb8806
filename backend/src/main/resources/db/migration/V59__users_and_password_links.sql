-- Users and roles without SQL (issue #18): admins change accounts under optimistic locking, see
-- when someone last signed in, and send one-time links that let a person set a password.
ALTER TABLE user_accounts ADD COLUMN version BIGINT NOT NULL DEFAULT 0;
ALTER TABLE user_accounts ADD COLUMN last_sign_in_at DATETIME(6);

-- The e-mail address is a sign-in name, so it names one account per install. Addresses that two
-- accounts already share (case aside) stay on the oldest account only: the others lose theirs
-- rather than the migration failing. New addresses are stored in lower case.
UPDATE user_accounts SET email = NULL WHERE id IN (
  SELECT id FROM (
    SELECT a.id FROM user_accounts a JOIN user_accounts b
      ON LOWER(a.email) = LOWER(b.email) AND b.id < a.id
  ) AS duplicates
);
CREATE UNIQUE INDEX uq_user_accounts_email ON user_accounts (email);

-- A set-password link: only the SHA-256 of its random token is kept; single use, with an expiry.
CREATE TABLE password_links (
  id          BIGINT AUTO_INCREMENT PRIMARY KEY,
  token_hash  CHAR(64)     NOT NULL,
  user_id     BIGINT       NOT NULL,
  tenant_id   BIGINT       NOT NULL,
  purpose     VARCHAR(20)  NOT NULL,
  created_at  DATETIME(6)  NOT NULL,
  expires_at  DATETIME(6)  NOT NULL,
  used_at     DATETIME(6),
  CONSTRAINT uq_password_links_token UNIQUE (token_hash),
  CONSTRAINT fk_password_links_user FOREIGN KEY (user_id) REFERENCES user_accounts (id),
  CONSTRAINT fk_password_links_tenant FOREIGN KEY (tenant_id) REFERENCES organizations (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
CREATE INDEX ix_password_links_user ON password_links (user_id, used_at);

-- Who changed which account, when, and how. Append-only.
CREATE TABLE user_audit (
  id          BIGINT AUTO_INCREMENT PRIMARY KEY,
  tenant_id   BIGINT        NOT NULL,
  user_id     BIGINT        NOT NULL,
  action      VARCHAR(30)   NOT NULL,
  actor       VARCHAR(100)  NOT NULL,
  actor_name  VARCHAR(200)  NOT NULL,
  at          DATETIME(6)   NOT NULL,
  detail      VARCHAR(2000),
  CONSTRAINT fk_user_audit_tenant FOREIGN KEY (tenant_id) REFERENCES organizations (id),
  CONSTRAINT fk_user_audit_user FOREIGN KEY (user_id) REFERENCES user_accounts (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
CREATE INDEX ix_user_audit_user ON user_audit (tenant_id, user_id, at);
