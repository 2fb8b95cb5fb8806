-- Insight: read models of SLA performance, fed by sla's TimerSettled events and rebuildable from
-- sla_timers (ReadModels). Nothing but insight writes here.

-- Met and breached timers per tenant-local day and dimensions. Absent dimensions are 0 (the key
-- needs NOT NULL columns): group 0 = none, provider 0 = the hospital's own staff, partner 0 = SLA.
CREATE TABLE insight_sla_days (
  tenant_id      BIGINT      NOT NULL,
  local_day      DATE        NOT NULL,
  kind           VARCHAR(3)  NOT NULL,
  target         VARCHAR(10) NOT NULL,
  priority       VARCHAR(2)  NOT NULL,
  tier           VARCHAR(10) NOT NULL,
  application_id BIGINT      NOT NULL,
  group_id       BIGINT      NOT NULL,
  provider_id    BIGINT      NOT NULL,
  partner_id     BIGINT      NOT NULL,
  met            INT         NOT NULL,
  breached       INT         NOT NULL,
  PRIMARY KEY (tenant_id, kind, local_day, target, priority, tier, application_id, group_id,
               provider_id, partner_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- One row per breached timer: where the ticket spent the time up to the deadline, per status (a
-- pending status with its reason) and per holding group, and the cause that took the most of it.
CREATE TABLE insight_sla_breaches (
  timer_id       BIGINT       NOT NULL PRIMARY KEY,
  tenant_id      BIGINT       NOT NULL,
  ticket_id      BIGINT       NOT NULL,
  ticket_number  VARCHAR(20)  NOT NULL,
  kind           VARCHAR(3)   NOT NULL,
  target         VARCHAR(10)  NOT NULL,
  priority       VARCHAR(2)   NOT NULL,
  tier           VARCHAR(10)  NOT NULL,
  application_id BIGINT       NOT NULL,
  group_id       BIGINT       NOT NULL,
  provider_id    BIGINT       NOT NULL,
  partner_id     BIGINT       NOT NULL,
  started_at     DATETIME(6)  NOT NULL,
  breached_at    DATETIME(6)  NOT NULL,
  cause          VARCHAR(40)  NOT NULL,
  cause_ms       BIGINT       NOT NULL,
  by_status      VARCHAR(400) NOT NULL,
  by_holder      VARCHAR(1000) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
-- Covers the chart (breaches by cause, any filter) over a range without reading rows: at a million
-- tickets, 0.17 s instead of 1 s for 90 days (docs/benchmarks.md, issue #22).
CREATE INDEX ix_insight_breaches_at ON insight_sla_breaches
  (tenant_id, breached_at, kind, cause, cause_ms, target, priority, tier, application_id, group_id,
   provider_id);
CREATE INDEX ix_insight_breaches_cause ON insight_sla_breaches (tenant_id, cause, breached_at);
