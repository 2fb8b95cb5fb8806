-- An advisory's remediation work orders are written after it is filed, in the background
-- (docs/decisions.md, "Advisories open their remediation work in the background"). NULL until
-- every order of it is written; the sweep opens any advisory left without.
ALTER TABLE advisories ADD COLUMN remediation_opened_at DATETIME(6);
UPDATE advisories SET remediation_opened_at = created_at;
CREATE INDEX ix_advisories_unopened ON advisories (remediation_opened_at, created_at);

-- An advisory's exposure (affected and remaining devices) counted from the index alone: the list
-- page counts it for every advisory shown, tens of thousands of orders each at a large fleet.
CREATE INDEX ix_work_orders_advisory_status ON work_orders (advisory_id, status, device_id);
