-- The operations roll-up per month (the first of the month, local): a year by month reads twelve
-- months of cells instead of 365 days of them (docs/benchmarks.md, "Operations insight"). Filled
-- from the day cells already folded; deltas still pending are folded into both tables later.
CREATE TABLE insight_ops_monthly (
  tenant_id      BIGINT      NOT NULL,
  month_start    DATE        NOT NULL,
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
  PRIMARY KEY (tenant_id, month_start, priority, tier, first_tier, application_id, group_id,
               partner_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

INSERT INTO insight_ops_monthly (tenant_id, month_start, priority, tier, first_tier,
  application_id, group_id, partner_id, opened, escalated, left_open, resolved, first_contact,
  reopened, rated, rating_sum)
SELECT tenant_id, m, priority, tier, first_tier, application_id, group_id, partner_id,
  SUM(opened), SUM(escalated), SUM(left_open), SUM(resolved), SUM(first_contact), SUM(reopened),
  SUM(rated), SUM(rating_sum)
FROM (SELECT d.*, CAST(CONCAT(YEAR(on_day), '-', LPAD(MONTH(on_day), 2, '0'), '-01') AS DATE) AS m
      FROM insight_ops_daily d) days
GROUP BY tenant_id, m, priority, tier, first_tier, application_id, group_id, partner_id;
