-- A sign-in account works as at most one staff record. Links made by SQL before this rule keep the
-- oldest record's link; the others become unlinked (the derived table lets MySQL read the table it
-- updates).
UPDATE staff_members SET user_account_id = NULL
 WHERE user_account_id IS NOT NULL
   AND id NOT IN (SELECT keep_id FROM (SELECT MIN(id) AS keep_id FROM staff_members
                   WHERE user_account_id IS NOT NULL GROUP BY user_account_id) AS kept);

CREATE UNIQUE INDEX uq_staff_account ON staff_members (user_account_id);

-- Who linked which sign-in to a staff record, or changed or cleared it, and how: in the editor or
-- API (EDITOR), by a staff file (IMPORT), or by a verified e-mail at first sign-in (FIRST_SIGN_IN,
-- no actor account). Names are copied so the trail reads the same after a person or account goes;
-- no foreign keys for the same reason.
CREATE TABLE staff_account_links (
  id                  BIGINT AUTO_INCREMENT PRIMARY KEY,
  tenant_id           BIGINT       NOT NULL,
  staff_id            BIGINT       NOT NULL,
  staff_name          VARCHAR(200) NOT NULL,
  old_account_id      BIGINT,
  old_account_name    VARCHAR(200),
  new_account_id      BIGINT,
  new_account_name    VARCHAR(200),
  source              VARCHAR(20)  NOT NULL,
  actor_account_id    BIGINT,
  actor_name          VARCHAR(200) NOT NULL,
  note                VARCHAR(300),
  changed_at          DATETIME(6)  NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE INDEX ix_staff_account_links_staff ON staff_account_links (tenant_id, staff_id, changed_at);
