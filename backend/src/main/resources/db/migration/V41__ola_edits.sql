-- OLA thresholds become editable: a version for optimistic locking and the time of the last change.
ALTER TABLE ola_policies ADD COLUMN version BIGINT NOT NULL DEFAULT 0;
ALTER TABLE ola_policies ADD COLUMN updated_at DATETIME(6);

-- Who created or changed which SLA policy or OLA, when, and what it said afterwards: an admin can
-- answer "since when is this target 8 h, and who set it?". Append-only.
CREATE TABLE sla_policy_audit (
  id           BIGINT AUTO_INCREMENT PRIMARY KEY,
  tenant_id    BIGINT        NOT NULL,
  policy_kind  VARCHAR(3)    NOT NULL,
  policy_id    BIGINT        NOT NULL,
  action       VARCHAR(10)   NOT NULL,
  actor        VARCHAR(200)  NOT NULL,
  at           DATETIME(6)   NOT NULL,
  detail       VARCHAR(2000) NOT NULL,
  CONSTRAINT fk_sla_policy_audit_tenant FOREIGN KEY (tenant_id) REFERENCES organizations (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE INDEX ix_sla_policy_audit_policy ON sla_policy_audit (tenant_id, policy_kind, policy_id, id);
