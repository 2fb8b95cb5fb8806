-- The hospital's time zone is a setting of the tenant, owned by identity: contract dates and
-- compliance reports read it instead of "the zone of the tenant's first calendar". Existing tenants
-- keep the zone they had that way (UTC without calendars).
ALTER TABLE organizations ADD COLUMN time_zone VARCHAR(64) NOT NULL DEFAULT 'UTC';

UPDATE organizations o
SET time_zone = COALESCE(
  (SELECT c.zone FROM calendars c
   WHERE c.id = (SELECT MIN(f.id) FROM calendars f WHERE f.tenant_id = o.id)),
  'UTC')
WHERE o.kind = 'HEALTH_SYSTEM';

-- Who changed a hospital's settings (name, time zone), append-only.
CREATE TABLE organization_audit (
  id          BIGINT AUTO_INCREMENT PRIMARY KEY,
  tenant_id   BIGINT        NOT NULL,
  action      VARCHAR(20)   NOT NULL,
  actor       VARCHAR(100)  NOT NULL,
  actor_name  VARCHAR(200)  NOT NULL,
  at          DATETIME(6)   NOT NULL,
  detail      VARCHAR(1000),
  CONSTRAINT fk_organization_audit_tenant FOREIGN KEY (tenant_id) REFERENCES organizations (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE INDEX ix_organization_audit_tenant ON organization_audit (tenant_id, at);
