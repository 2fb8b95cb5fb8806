-- Canned replies: a support group's stock answers, with placeholders the server fills in for one
-- ticket. Titles are unique within a group so the picker never shows two alike.
CREATE TABLE canned_replies (
  id          BIGINT AUTO_INCREMENT PRIMARY KEY,
  tenant_id   BIGINT        NOT NULL,
  group_id    BIGINT        NOT NULL,
  title       VARCHAR(120)  NOT NULL,
  body        TEXT          NOT NULL,
  version     BIGINT        NOT NULL DEFAULT 0,
  updated_by  VARCHAR(200)  NOT NULL,
  created_at  DATETIME(6)   NOT NULL,
  updated_at  DATETIME(6)   NOT NULL,
  CONSTRAINT uq_canned_replies_title UNIQUE (group_id, title),
  CONSTRAINT fk_canned_replies_tenant FOREIGN KEY (tenant_id) REFERENCES organizations (id),
  CONSTRAINT fk_canned_replies_group FOREIGN KEY (group_id) REFERENCES support_groups (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- Who created, changed or deleted which canned reply, and what it said afterwards. Append-only.
CREATE TABLE canned_reply_audit (
  id        BIGINT AUTO_INCREMENT PRIMARY KEY,
  tenant_id BIGINT         NOT NULL,
  group_id  BIGINT         NOT NULL,
  reply_id  BIGINT         NOT NULL,
  action    VARCHAR(10)    NOT NULL,
  actor     VARCHAR(200)   NOT NULL,
  at        DATETIME(6)    NOT NULL,
  detail    VARCHAR(2000)  NOT NULL,
  CONSTRAINT fk_canned_reply_audit_tenant FOREIGN KEY (tenant_id) REFERENCES organizations (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
CREATE INDEX ix_canned_reply_audit_group ON canned_reply_audit (tenant_id, group_id, id);

-- Staff who follow a ticket they do not work: they hear of its comments and status changes.
CREATE TABLE ticket_watchers (
  ticket_id   BIGINT       NOT NULL,
  account_id  BIGINT       NOT NULL,
  tenant_id   BIGINT       NOT NULL,
  added_by    VARCHAR(200) NOT NULL,
  created_at  DATETIME(6)  NOT NULL,
  PRIMARY KEY (ticket_id, account_id),
  CONSTRAINT fk_watchers_ticket FOREIGN KEY (ticket_id) REFERENCES tickets (id),
  CONSTRAINT fk_watchers_account FOREIGN KEY (account_id) REFERENCES user_accounts (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
CREATE INDEX ix_watchers_account ON ticket_watchers (account_id);
