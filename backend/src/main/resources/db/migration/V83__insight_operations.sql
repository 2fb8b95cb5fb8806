-- The operations read model (insight): one narrow row per ticket, kept in step with the desk's
-- ticket events in the writing transaction, and the per-day roll-up the operations figures read.
-- Days and hours are the hospital's local ones. group_id 0: no group; partner_id 0: internal.
-- left_at: when the ticket last left the open set (resolved or cancelled), null while open.
CREATE TABLE insight_ops_tickets (
  tenant_id      BIGINT       NOT NULL,
  ticket_id      BIGINT       NOT NULL,
  number         VARCHAR(20)  NOT NULL,
  opened_at      DATETIME(6)  NOT NULL,
  opened_day     DATE         NOT NULL,
  opened_hour    DATETIME     NOT NULL,
  priority       VARCHAR(2)   NOT NULL,
  tier           VARCHAR(10)  NOT NULL,
  first_tier     VARCHAR(10)  NOT NULL,
  application_id BIGINT       NOT NULL,
  group_id       BIGINT       NOT NULL,
  partner_id     BIGINT       NOT NULL,
  status         VARCHAR(20)  NOT NULL,
  is_open        BOOLEAN      NOT NULL,
  left_at        DATETIME(6),
  left_day       DATE,
  resolved_day   DATE,
  reopens        INT          NOT NULL,
  handed_on      BOOLEAN      NOT NULL,
  escalated      BOOLEAN      NOT NULL,
  rating         TINYINT,
  PRIMARY KEY (tenant_id, ticket_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- The backlog's ages and the forecast's hours read these indexes only, filters included
-- (docs/benchmarks.md, "Operations insight at a million tickets").
CREATE INDEX ix_insight_ops_open ON insight_ops_tickets
  (tenant_id, is_open, opened_at, priority, tier, application_id, group_id, partner_id);
CREATE INDEX ix_insight_ops_hour ON insight_ops_tickets
  (tenant_id, opened_hour, priority, tier, application_id, group_id, partner_id);
-- Drill-downs page the backlog newest first: (opened_at, then the key) in index order.
CREATE INDEX ix_insight_ops_open_order ON insight_ops_tickets (tenant_id, is_open, opened_at);
CREATE INDEX ix_insight_ops_opened ON insight_ops_tickets (tenant_id, opened_day);
CREATE INDEX ix_insight_ops_resolved ON insight_ops_tickets (tenant_id, resolved_day);

-- Per local day and the tickets' current priority, tier, first tier, application, group and
-- provider: opened and escalated count on the day opened, left on the day it left the open set,
-- the resolution figures on the day resolved (as the partner scorecards count them).
CREATE TABLE insight_ops_daily (
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
  rating_sum     INT         NOT NULL,
  PRIMARY KEY (tenant_id, on_day, priority, tier, first_tier, application_id, group_id, partner_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- Coverage risk over time (insight): the matrix's counts as last seen in each week (Monday, the
-- hospital's local date), recorded by an hourly roll and whenever the figures are read. The
-- coverage feature keeps no past matrices, so weeks before the first record stay empty.
CREATE TABLE insight_coverage_weeks (
  tenant_id      BIGINT      NOT NULL,
  week_start     DATE        NOT NULL,
  good           INT         NOT NULL,
  risk           INT         NOT NULL,
  gap            INT         NOT NULL,
  bus_factor_one INT         NOT NULL,
  revision       BIGINT      NOT NULL,
  recorded_at    DATETIME(6) NOT NULL,
  PRIMARY KEY (tenant_id, week_start)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
