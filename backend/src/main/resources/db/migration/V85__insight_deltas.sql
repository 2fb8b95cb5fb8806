-- Insight roll-ups fed through append-only deltas (docs/decisions.md, "Roll-ups take deltas").
-- Writers insert +/- rows into *_deltas inside their own transaction: inserts never wait on one
-- another, where upserting a shared per-day cell made every desk and sweep transaction of that day
-- queue (and, across several cells, deadlock). One folder at a time, holding its insight_folds row,
-- sums the deltas into the roll-ups and deletes them; readers add the pending deltas in the same
-- statement, so figures are exact at once.

CREATE TABLE insight_folds (
  name VARCHAR(40) NOT NULL PRIMARY KEY
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
INSERT INTO insight_folds (name) VALUES ('sla-days'), ('sla-breach-days'), ('ops-daily');

CREATE TABLE insight_sla_day_deltas (
  id             BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
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
  breached       INT         NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
CREATE INDEX ix_insight_sla_day_deltas ON insight_sla_day_deltas (tenant_id, local_day);

-- The same cells per month (the first of the month, local): a year's view reads twelve months
-- instead of 365 days of cells.
CREATE TABLE insight_sla_months (
  tenant_id      BIGINT      NOT NULL,
  month_start    DATE        NOT NULL,
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
  PRIMARY KEY (tenant_id, kind, month_start, target, priority, tier, application_id, group_id,
               provider_id, partner_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- Breaches per local day of the deadline and dominant cause: the breach chart's counts.
CREATE TABLE insight_sla_breach_days (
  tenant_id      BIGINT      NOT NULL,
  local_day      DATE        NOT NULL,
  kind           VARCHAR(3)  NOT NULL,
  cause          VARCHAR(40) NOT NULL,
  target         VARCHAR(10) NOT NULL,
  priority       VARCHAR(2)  NOT NULL,
  tier           VARCHAR(10) NOT NULL,
  application_id BIGINT      NOT NULL,
  group_id       BIGINT      NOT NULL,
  provider_id    BIGINT      NOT NULL,
  breaches       INT         NOT NULL,
  cause_ms       BIGINT      NOT NULL,
  PRIMARY KEY (tenant_id, local_day, kind, cause, target, priority, tier, application_id,
               group_id, provider_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE insight_sla_breach_day_deltas (
  id             BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
  tenant_id      BIGINT      NOT NULL,
  local_day      DATE        NOT NULL,
  kind           VARCHAR(3)  NOT NULL,
  cause          VARCHAR(40) NOT NULL,
  target         VARCHAR(10) NOT NULL,
  priority       VARCHAR(2)  NOT NULL,
  tier           VARCHAR(10) NOT NULL,
  application_id BIGINT      NOT NULL,
  group_id       BIGINT      NOT NULL,
  provider_id    BIGINT      NOT NULL,
  breaches       INT         NOT NULL,
  cause_ms       BIGINT      NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
CREATE INDEX ix_insight_sla_breach_day_deltas ON insight_sla_breach_day_deltas
  (tenant_id, local_day);

CREATE TABLE insight_ops_daily_deltas (
  id             BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
  tenant_id      BIGINT      NOT NULL,
  on_day         DATE        NOT NULL,
  priority       VARCHAR(2)  NOT NULL,
  tier           VARCHAR(10) NOT NULL,
  first_tier     VARCHAR(10) NOT NULL,
  application_id BIGINT      NOT NULL,
  group_id       BIGINT      NOT NULL,
  partner_id     BIGINT      NOT NULL,
  opened         INT         NOT NULL,
  escalated      INT         NOT NULL,
  left_open      INT         NOT NULL,
  resolved       INT         NOT NULL,
  first_contact  INT         NOT NULL,
  reopened       INT         NOT NULL,
  rated          INT         NOT NULL,
  rating_sum     INT         NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
CREATE INDEX ix_insight_ops_daily_deltas ON insight_ops_daily_deltas (tenant_id, on_day);

-- V86 fills the months and breach days from the rows they sum.
