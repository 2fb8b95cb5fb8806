-- SLA policies, OLA thresholds per partner, one timer per ticket per target, the timers' immutable
-- history and the notifications breaches and warnings cause. Owned by the sla feature.

CREATE TABLE sla_policies (
  id                 BIGINT AUTO_INCREMENT PRIMARY KEY,
  tenant_id          BIGINT       NOT NULL,
  name               VARCHAR(100) NOT NULL,
  -- Match criteria; NULL matches anything. The most specific active policy wins, then the oldest.
  ticket_type        VARCHAR(20),
  priority           VARCHAR(2),
  criticality        TINYINT,
  organization_id    BIGINT,
  calendar_id        BIGINT       NOT NULL,
  response_ms        BIGINT       NOT NULL,
  resolution_ms      BIGINT       NOT NULL,
  response_met_by    VARCHAR(20)  NOT NULL,
  pause_on           VARCHAR(200) NOT NULL,
  warnings           VARCHAR(40)  NOT NULL,
  breach_actions     VARCHAR(200) NOT NULL,
  on_retarget        VARCHAR(20)  NOT NULL,
  active             BOOLEAN      NOT NULL DEFAULT TRUE,
  version            BIGINT       NOT NULL DEFAULT 0,
  created_at         DATETIME(6)  NOT NULL,
  updated_at         DATETIME(6)  NOT NULL,
  CONSTRAINT uq_sla_policies_name UNIQUE (tenant_id, name),
  CONSTRAINT fk_sla_policies_tenant FOREIGN KEY (tenant_id) REFERENCES organizations (id),
  CONSTRAINT fk_sla_policies_org FOREIGN KEY (organization_id) REFERENCES organizations (id),
  CONSTRAINT fk_sla_policies_calendar FOREIGN KEY (calendar_id) REFERENCES calendars (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- A partner's operational-level thresholds. Engagements (issue: marketplace) will carry these; until
-- they exist the sla feature keeps one row per partner organisation.
CREATE TABLE ola_policies (
  id                 BIGINT AUTO_INCREMENT PRIMARY KEY,
  tenant_id          BIGINT       NOT NULL,
  partner_id         BIGINT       NOT NULL,
  calendar_id        BIGINT       NOT NULL,
  response_ms        BIGINT       NOT NULL,
  resolution_ms      BIGINT       NOT NULL,
  pause_on           VARCHAR(200) NOT NULL,
  warnings           VARCHAR(40)  NOT NULL,
  breach_actions     VARCHAR(200) NOT NULL,
  created_at         DATETIME(6)  NOT NULL,
  CONSTRAINT uq_ola_policies_partner UNIQUE (tenant_id, partner_id),
  CONSTRAINT fk_ola_policies_tenant FOREIGN KEY (tenant_id) REFERENCES organizations (id),
  CONSTRAINT fk_ola_policies_partner FOREIGN KEY (partner_id) REFERENCES organizations (id),
  CONSTRAINT fk_ola_policies_calendar FOREIGN KEY (calendar_id) REFERENCES calendars (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- One row per ticket, kind (SLA or a partner's OLA) and target. Business time is kept as the milliseconds
-- run before run_from plus the calendar's open time since run_from while RUNNING; due_at and
-- next_check_at are stored so that one indexed query finds what is due. The ticket's dimensions
-- (priority, tier, group, ...) are copied as of the last change, for the sweep and compliance.
CREATE TABLE sla_timers (
  id               BIGINT AUTO_INCREMENT PRIMARY KEY,
  tenant_id        BIGINT       NOT NULL,
  ticket_id        BIGINT       NOT NULL,
  ticket_number    VARCHAR(20)  NOT NULL,
  kind             VARCHAR(3)   NOT NULL,
  target           VARCHAR(12)  NOT NULL,
  policy_id        BIGINT,
  partner_id       BIGINT,
  calendar_id      BIGINT       NOT NULL,
  target_ms        BIGINT       NOT NULL,
  warnings         VARCHAR(40)  NOT NULL,
  state            VARCHAR(10)  NOT NULL,
  started_at       DATETIME(6)  NOT NULL,
  run_from         DATETIME(6),
  elapsed_ms       BIGINT       NOT NULL DEFAULT 0,
  paused_since     DATETIME(6),
  warned_percent   INT          NOT NULL DEFAULT 0,
  due_at           DATETIME(6),
  next_check_at    DATETIME(6),
  ended_at         DATETIME(6),
  priority         VARCHAR(2)   NOT NULL,
  tier             VARCHAR(10)  NOT NULL,
  application_id   BIGINT       NOT NULL,
  group_id         BIGINT,
  group_partner_id BIGINT,
  assignee_id      BIGINT,
  version          BIGINT       NOT NULL DEFAULT 0,
  CONSTRAINT fk_sla_timers_tenant FOREIGN KEY (tenant_id) REFERENCES organizations (id),
  CONSTRAINT fk_sla_timers_ticket FOREIGN KEY (ticket_id) REFERENCES tickets (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE INDEX ix_sla_timers_ticket ON sla_timers (ticket_id, kind, target);
-- The sweep: "what is due?" reads only due rows; finished and paused timers have no next_check_at.
CREATE INDEX ix_sla_timers_next_check ON sla_timers (next_check_at);
-- Breaching soon: running timers of a tenant by deadline.
CREATE INDEX ix_sla_timers_due ON sla_timers (tenant_id, state, due_at);
-- Compliance: finished timers of a tenant by the instant they finished.
CREATE INDEX ix_sla_timers_ended ON sla_timers (tenant_id, kind, ended_at);

-- Append-only: what happened to each timer and when (the pause ledger is the PAUSED/RESUMED rows).
-- A correction (re-target, reopen) is a new row; no row is ever updated or deleted.
CREATE TABLE sla_timer_history (
  id           BIGINT AUTO_INCREMENT PRIMARY KEY,
  timer_id     BIGINT       NOT NULL,
  event        VARCHAR(20)  NOT NULL,
  at           DATETIME(6)  NOT NULL,
  detail       VARCHAR(300),
  recorded_at  DATETIME(6)  NOT NULL,
  CONSTRAINT fk_sla_timer_history_timer FOREIGN KEY (timer_id) REFERENCES sla_timers (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE INDEX ix_sla_timer_history_timer ON sla_timer_history (timer_id, id);

-- Warnings and breach notices for people, until the desk's in-app notifications read them. One row
-- per timer, threshold and recipient: the unique key makes a duplicate impossible even across nodes.
CREATE TABLE sla_notifications (
  id              BIGINT AUTO_INCREMENT PRIMARY KEY,
  tenant_id       BIGINT       NOT NULL,
  timer_id        BIGINT       NOT NULL,
  ticket_id       BIGINT       NOT NULL,
  kind            VARCHAR(10)  NOT NULL,
  threshold       INT          NOT NULL,
  recipient       VARCHAR(30)  NOT NULL,
  recipient_id    BIGINT,
  message         VARCHAR(300) NOT NULL,
  due_at          DATETIME(6)  NOT NULL,
  created_at      DATETIME(6)  NOT NULL,
  CONSTRAINT uq_sla_notifications UNIQUE (timer_id, kind, threshold, recipient),
  CONSTRAINT fk_sla_notifications_timer FOREIGN KEY (timer_id) REFERENCES sla_timers (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE INDEX ix_sla_notifications_recipient ON sla_notifications (tenant_id, recipient, recipient_id, created_at);
