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
