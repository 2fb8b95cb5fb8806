-- Desk: the ticket lifecycle's fields, comments, an append-only audit trail, attachments kept apart
-- from the ticket row, external references, per-tier routing, in-app notifications and the outbox.

ALTER TABLE tickets ADD COLUMN resolution_code VARCHAR(40);
ALTER TABLE tickets ADD COLUMN resolution TEXT;
ALTER TABLE tickets ADD COLUMN first_response_at DATETIME(6);
ALTER TABLE tickets ADD COLUMN reopen_count INT NOT NULL DEFAULT 0;
ALTER TABLE tickets ADD COLUMN csat_rating TINYINT;
ALTER TABLE tickets ADD COLUMN csat_comment VARCHAR(1000);
ALTER TABLE tickets ADD COLUMN affected_users INT NOT NULL DEFAULT 1;
-- The SLA feature keeps the nearest running deadline here so a queue can sort by it with an index.
ALTER TABLE tickets ADD COLUMN sla_due_at DATETIME(6);

CREATE INDEX ix_tickets_group_due ON tickets (tenant_id, group_id, status, sla_due_at);
CREATE INDEX ix_tickets_assignee ON tickets (tenant_id, assignee_id, status, sla_due_at);
CREATE INDEX ix_tickets_status ON tickets (tenant_id, status, created_at);

-- Whether a group hands new work to a member itself (L2 teams) or lets agents pick it (a service desk).
ALTER TABLE support_groups ADD COLUMN auto_assign BOOLEAN NOT NULL DEFAULT FALSE;
ALTER TABLE support_groups ADD COLUMN lead_id BIGINT;

-- Where an application's ticket goes at each tier above L1 (L1 is application_routes.l1_group_id).
ALTER TABLE application_routes ADD COLUMN l2_group_id BIGINT;
ALTER TABLE application_routes ADD COLUMN l3_group_id BIGINT;
ALTER TABLE application_routes ADD COLUMN vendor_group_id BIGINT;

CREATE TABLE ticket_comments (
  id          BIGINT AUTO_INCREMENT PRIMARY KEY,
  tenant_id   BIGINT       NOT NULL,
  ticket_id   BIGINT       NOT NULL,
  author_id   BIGINT       NOT NULL,
  author_name VARCHAR(200) NOT NULL,
  visibility  VARCHAR(10)  NOT NULL,
  body        TEXT         NOT NULL,
  created_at  DATETIME(6)  NOT NULL,
  CONSTRAINT fk_comments_ticket FOREIGN KEY (ticket_id) REFERENCES tickets (id),
  CONSTRAINT fk_comments_author FOREIGN KEY (author_id) REFERENCES user_accounts (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
CREATE INDEX ix_comments_ticket ON ticket_comments (ticket_id, created_at);

-- Append-only: the application never updates or deletes a row here.
CREATE TABLE ticket_audit (
  id          BIGINT AUTO_INCREMENT PRIMARY KEY,
  tenant_id   BIGINT       NOT NULL,
  ticket_id   BIGINT       NOT NULL,
  actor_id    BIGINT,
  actor_name  VARCHAR(200) NOT NULL,
  at          DATETIME(6)  NOT NULL,
  action      VARCHAR(30)  NOT NULL,
  field       VARCHAR(40),
  old_value   VARCHAR(1000),
  new_value   VARCHAR(1000),
  note        VARCHAR(2000),
  CONSTRAINT fk_audit_ticket FOREIGN KEY (ticket_id) REFERENCES tickets (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
CREATE INDEX ix_audit_ticket ON ticket_audit (ticket_id, at);

-- Organisations whose groups hold or held a ticket: partner agents see exactly these tickets.
CREATE TABLE ticket_holders (
  ticket_id        BIGINT NOT NULL,
  organization_id  BIGINT NOT NULL,
  since            DATETIME(6) NOT NULL,
  PRIMARY KEY (organization_id, ticket_id),
  CONSTRAINT fk_holders_ticket FOREIGN KEY (ticket_id) REFERENCES tickets (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE ticket_attachments (
  id            BIGINT AUTO_INCREMENT PRIMARY KEY,
  tenant_id     BIGINT       NOT NULL,
  ticket_id     BIGINT       NOT NULL,
  filename      VARCHAR(255) NOT NULL,
  content_type  VARCHAR(100) NOT NULL,
  size_bytes    BIGINT       NOT NULL,
  sha256        CHAR(64)     NOT NULL,
  content       LONGBLOB     NOT NULL,
  uploaded_by   BIGINT       NOT NULL,
  visibility    VARCHAR(10)  NOT NULL,
  created_at    DATETIME(6)  NOT NULL,
  CONSTRAINT fk_attachments_ticket FOREIGN KEY (ticket_id) REFERENCES tickets (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
CREATE INDEX ix_attachments_ticket ON ticket_attachments (ticket_id);

-- Partner or vendor ticket ids for the same work.
CREATE TABLE ticket_references (
  ticket_id    BIGINT       NOT NULL,
  tenant_id    BIGINT       NOT NULL,
  system       VARCHAR(60)  NOT NULL,
  external_id  VARCHAR(120) NOT NULL,
  created_at   DATETIME(6)  NOT NULL,
  PRIMARY KEY (ticket_id, system),
  CONSTRAINT uq_references_external UNIQUE (tenant_id, system, external_id),
  CONSTRAINT fk_references_ticket FOREIGN KEY (ticket_id) REFERENCES tickets (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE notifications (
  id            BIGINT AUTO_INCREMENT PRIMARY KEY,
  tenant_id     BIGINT       NOT NULL,
  recipient_id  BIGINT       NOT NULL,
  ticket_id     BIGINT,
  kind          VARCHAR(30)  NOT NULL,
  message       VARCHAR(500) NOT NULL,
  created_at    DATETIME(6)  NOT NULL,
  read_at       DATETIME(6),
  emailed_at    DATETIME(6),
  CONSTRAINT fk_notifications_recipient FOREIGN KEY (recipient_id) REFERENCES user_accounts (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
CREATE INDEX ix_notifications_recipient ON notifications (recipient_id, read_at, created_at);
CREATE INDEX ix_notifications_mail ON notifications (emailed_at, created_at);

-- Store-and-forward events for integrations, written in the transaction that caused them.
CREATE TABLE outbox_events (
  id              BIGINT AUTO_INCREMENT PRIMARY KEY,
  event_id        CHAR(36)     NOT NULL,
  tenant_id       BIGINT       NOT NULL,
  aggregate_type  VARCHAR(40)  NOT NULL,
  aggregate_id    BIGINT       NOT NULL,
  type            VARCHAR(60)  NOT NULL,
  payload         MEDIUMTEXT   NOT NULL,
  created_at      DATETIME(6)  NOT NULL,
  available_at    DATETIME(6)  NOT NULL,
  attempts        INT          NOT NULL DEFAULT 0,
  delivered_at    DATETIME(6),
  CONSTRAINT uq_outbox_event UNIQUE (event_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
CREATE INDEX ix_outbox_pending ON outbox_events (delivered_at, available_at);
