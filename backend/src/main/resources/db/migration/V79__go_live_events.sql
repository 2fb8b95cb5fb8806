-- Go-live events (issue #21): an application going live or upgrading, its window, the
-- command-center staffing plan, and the staffing request opened for what the plan leaves short.
-- The expected surge is not stored: it is estimated on every read from the ticket history and the
-- tenant's past events, so it follows the history as it grows.

CREATE TABLE go_live_events (
  id                   BIGINT AUTO_INCREMENT PRIMARY KEY,
  tenant_id            BIGINT        NOT NULL,
  application_id       BIGINT        NOT NULL,
  kind                 VARCHAR(20)   NOT NULL, -- GO_LIVE | UPGRADE
  title                VARCHAR(200)  NOT NULL,
  status               VARCHAR(20)   NOT NULL, -- PLANNED | LIVE | DONE | CANCELLED
  starts_on            DATE          NOT NULL,
  ends_on              DATE          NOT NULL,
  notes                VARCHAR(4000),
  staffing_request_id  BIGINT,
  created_by           VARCHAR(100)  NOT NULL,
  created_at           DATETIME(6)   NOT NULL,
  updated_at           DATETIME(6)   NOT NULL,
  version              BIGINT        NOT NULL DEFAULT 0,
  CONSTRAINT fk_go_live_events_tenant FOREIGN KEY (tenant_id) REFERENCES organizations (id),
  -- No cascade: an application with a go-live on record is retired, not deleted.
  CONSTRAINT fk_go_live_events_application FOREIGN KEY (application_id) REFERENCES applications (id),
  CONSTRAINT fk_go_live_events_request FOREIGN KEY (staffing_request_id) REFERENCES staffing_requests (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE INDEX ix_go_live_events_list ON go_live_events (tenant_id, status, starts_on);
-- The surge history: a tenant's past events by application.
CREATE INDEX ix_go_live_events_application ON go_live_events (tenant_id, application_id, starts_on);

-- Who staffs the command center when, at which tier: a staff member of the tenant (internal or
-- contracted) or a named outsider (a vendor's floor walker) with no staff record.
CREATE TABLE go_live_plan_entries (
  id          BIGINT AUTO_INCREMENT PRIMARY KEY,
  event_id    BIGINT        NOT NULL,
  staff_id    BIGINT,
  name        VARCHAR(200)  NOT NULL,
  tier        VARCHAR(10)   NOT NULL, -- L1 | L2 | L3
  starts_at   DATETIME(6)   NOT NULL,
  ends_at     DATETIME(6)   NOT NULL,
  role        VARCHAR(200),
  created_by  VARCHAR(100)  NOT NULL,
  created_at  DATETIME(6)   NOT NULL,
  CONSTRAINT fk_go_live_plan_event FOREIGN KEY (event_id) REFERENCES go_live_events (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE INDEX ix_go_live_plan_event ON go_live_plan_entries (event_id, starts_at);

-- Who did what to an event, append-only: CREATED, UPDATED, PLANNED (an entry added), UNPLANNED,
-- STARTED, FINISHED, CANCELLED, REQUESTED (a staffing request opened).
CREATE TABLE go_live_audit (
  id          BIGINT AUTO_INCREMENT PRIMARY KEY,
  event_id    BIGINT        NOT NULL,
  action      VARCHAR(20)   NOT NULL,
  actor       VARCHAR(100)  NOT NULL,
  actor_name  VARCHAR(200)  NOT NULL,
  at          DATETIME(6)   NOT NULL,
  detail      VARCHAR(1000),
  CONSTRAINT fk_go_live_audit_event FOREIGN KEY (event_id) REFERENCES go_live_events (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE INDEX ix_go_live_audit_event ON go_live_audit (event_id, at);
