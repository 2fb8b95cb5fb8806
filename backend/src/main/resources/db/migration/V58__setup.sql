-- The one-time setup of an empty Medley (issue #18). A setup link's token is stored only as its
-- SHA-256 hash: someone who reads the database cannot use a link that is still valid.
CREATE TABLE setup_tokens (
  token_hash  CHAR(64)     PRIMARY KEY,
  created_at  DATETIME(6)  NOT NULL,
  expires_at  DATETIME(6)  NOT NULL,
  used_at     DATETIME(6)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- (organizations.default_calendar_id, which setup fills, comes with V63.)

-- One row that every setup locks first (FOR UPDATE): two requests, or several nodes starting with
-- MEDLEY_ADMIN_EMAIL at once, take turns, and the second finds the first one's work done.
CREATE TABLE setup_state (
  id            INT          PRIMARY KEY,
  completed_at  DATETIME(6),
  completed_by  VARCHAR(254)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

INSERT INTO setup_state (id) VALUES (1);
