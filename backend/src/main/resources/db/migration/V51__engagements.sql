-- Engagements (market): a partner's contract with the health system — scope, dates, its service
-- manager, the support groups it provides — and the owner of the partner's OLA thresholds. Until
-- now the sla feature kept one OLA per partner organisation; a partner may now hold several
-- engagements (an overnight desk and a legacy-support contract), each with its own OLA.

CREATE TABLE engagements (
  id                   BIGINT AUTO_INCREMENT PRIMARY KEY,
  tenant_id            BIGINT        NOT NULL,
  partner_id           BIGINT        NOT NULL,
  name                 VARCHAR(200)  NOT NULL,
  scope                VARCHAR(4000) NOT NULL,
  starts_on            DATE          NOT NULL,
  ends_on              DATE,
  -- Ended early (or at all) by a person: ended_at wins over the dates.
  ended_at             DATETIME(6),
  ended_by             VARCHAR(100),
  -- The partner's service manager: hears of the engagement's OLA breaches.
  manager_account_id   BIGINT,
  staffing_request_id  BIGINT,
  created_by           VARCHAR(100)  NOT NULL,
  created_at           DATETIME(6)   NOT NULL,
  updated_at           DATETIME(6)   NOT NULL,
  version              BIGINT        NOT NULL DEFAULT 0,
  CONSTRAINT fk_engagements_tenant FOREIGN KEY (tenant_id) REFERENCES organizations (id),
  CONSTRAINT fk_engagements_partner FOREIGN KEY (partner_id) REFERENCES organizations (id),
  CONSTRAINT fk_engagements_manager FOREIGN KEY (manager_account_id) REFERENCES user_accounts (id),
  CONSTRAINT fk_engagements_request FOREIGN KEY (staffing_request_id) REFERENCES staffing_requests (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE INDEX ix_engagements_list ON engagements (tenant_id, partner_id, starts_on);

-- Who did what to an engagement, append-only: CREATED, CHANGED (detail: what changed), ENDED.
CREATE TABLE engagement_audit (
  id             BIGINT AUTO_INCREMENT PRIMARY KEY,
  engagement_id  BIGINT        NOT NULL,
  action         VARCHAR(20)   NOT NULL,
  actor          VARCHAR(100)  NOT NULL,
  actor_name     VARCHAR(200)  NOT NULL,
  at             DATETIME(6)   NOT NULL,
  detail         VARCHAR(2000),
  CONSTRAINT fk_engagement_audit_engagement FOREIGN KEY (engagement_id) REFERENCES engagements (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE INDEX ix_engagement_audit_engagement ON engagement_audit (engagement_id, id);

-- The engagement that provides a partner's group (internal groups: none). The market writes this
-- column when an engagement names its groups; the desk does not read it, so its per-node group
-- cache is unaffected. An ended engagement keeps its groups until another engagement takes them.
ALTER TABLE support_groups ADD COLUMN engagement_id BIGINT;
ALTER TABLE support_groups ADD CONSTRAINT fk_support_groups_engagement
  FOREIGN KEY (engagement_id) REFERENCES engagements (id);

-- An SLA policy may apply only while a given engagement's group holds the ticket.
ALTER TABLE sla_policies ADD COLUMN engagement_id BIGINT;
ALTER TABLE sla_policies ADD CONSTRAINT fk_sla_policies_engagement
  FOREIGN KEY (engagement_id) REFERENCES engagements (id);

-- Existing databases: every partner that already has groups or an OLA row gets one engagement,
-- started on the day of its earliest group or OLA, so its groups keep receiving tickets under an
-- engagement and its OLA keeps running. An admin can rename it and fill in scope, dates and manager.
INSERT INTO engagements (tenant_id, partner_id, name, scope, starts_on, created_by, created_at,
                         updated_at, version)
SELECT x.tenant_id, x.partner_id, LEFT(CONCAT(o.name, ' services'), 200),
       'Recorded automatically when engagements were introduced, from the partner''s existing support groups and OLA; edit to describe the contract.',
       CAST(MIN(x.created_at) AS DATE), 'medley', MIN(x.created_at), MIN(x.created_at), 0
FROM (SELECT tenant_id, partner_id, created_at FROM support_groups WHERE partner_id IS NOT NULL
      UNION ALL
      SELECT tenant_id, partner_id, created_at FROM ola_policies) x
JOIN organizations o ON o.id = x.partner_id
GROUP BY x.tenant_id, x.partner_id, o.name;

INSERT INTO engagement_audit (engagement_id, action, actor, actor_name, at, detail)
SELECT id, 'CREATED', 'medley', 'Medley', created_at, 'Recorded from the partner''s existing groups and OLA'
FROM engagements;

UPDATE support_groups SET engagement_id =
  (SELECT e.id FROM engagements e
   WHERE e.tenant_id = support_groups.tenant_id AND e.partner_id = support_groups.partner_id)
WHERE partner_id IS NOT NULL;

-- OLAs belong to an engagement now: one per engagement instead of one per partner. partner_id stays
-- (the engagement's partner, fixed) because OLA timers and compliance report per partner.
ALTER TABLE ola_policies ADD COLUMN engagement_id BIGINT;
UPDATE ola_policies SET engagement_id =
  (SELECT e.id FROM engagements e
   WHERE e.tenant_id = ola_policies.tenant_id AND e.partner_id = ola_policies.partner_id);
ALTER TABLE ola_policies MODIFY COLUMN engagement_id BIGINT NOT NULL;
-- The tenant foreign key leaned on the per-partner unique index; give it its own before dropping.
CREATE INDEX ix_ola_policies_tenant ON ola_policies (tenant_id);
ALTER TABLE ola_policies DROP CONSTRAINT uq_ola_policies_partner;
ALTER TABLE ola_policies ADD CONSTRAINT uq_ola_policies_engagement UNIQUE (engagement_id);
ALTER TABLE ola_policies ADD CONSTRAINT fk_ola_policies_engagement
  FOREIGN KEY (engagement_id) REFERENCES engagements (id);
