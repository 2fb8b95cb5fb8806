-- Organisation settings that were configuration (issue #18): the reopen window (was
-- medley.desk.reopen-window) and the names the minimum-necessary filter masks (was
-- medley.phi.masked-names) become the organisation's own, changed by its admins, with a support
-- e-mail address and a default business calendar. A version guards concurrent changes.
ALTER TABLE organizations ADD COLUMN reopen_window VARCHAR(32) NOT NULL DEFAULT 'P7D';
ALTER TABLE organizations ADD COLUMN support_email VARCHAR(254);
ALTER TABLE organizations ADD COLUMN version BIGINT NOT NULL DEFAULT 0;
-- Also added by the setup helper's V58 (the same column); whichever lands second drops its copy.
ALTER TABLE organizations ADD COLUMN default_calendar_id BIGINT;

-- The names (of patients, VIPs, ...) masked in text a partner without a business associate
-- agreement reads, one row per name.
CREATE TABLE organization_masked_names (
  organization_id BIGINT        NOT NULL,
  name            VARCHAR(100)  NOT NULL,
  PRIMARY KEY (organization_id, name),
  CONSTRAINT fk_organization_masked_names_org FOREIGN KEY (organization_id)
    REFERENCES organizations (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- An existing hospital's default calendar is its first one (as V56 took its zone from it).
UPDATE organizations o
SET default_calendar_id = (SELECT MIN(c.id) FROM calendars c WHERE c.tenant_id = o.id)
WHERE o.kind = 'HEALTH_SYSTEM';
