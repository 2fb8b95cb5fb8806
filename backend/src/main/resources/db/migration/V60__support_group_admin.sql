-- Support groups are set up from the admin screen (issue #18): how a group that assigns its own
-- work picks a member, the group's shared mailbox, a version for optimistic locking, and an audit
-- trail of every change to a group and its members.

-- SKILLED_ON_SHIFT: members on shift with the skill the tier needs, lowest load per capacity hour
-- (what auto-assignment always did). FEWEST_OPEN_TICKETS: the member holding the fewest open
-- tickets, with no shifts or skills needed (a new hospital has none on day one).
ALTER TABLE support_groups ADD COLUMN assignment_strategy VARCHAR(24) NOT NULL DEFAULT 'SKILLED_ON_SHIFT';
ALTER TABLE support_groups ADD COLUMN email VARCHAR(254);
ALTER TABLE support_groups ADD COLUMN version BIGINT NOT NULL DEFAULT 0;
ALTER TABLE support_groups ADD COLUMN updated_at DATETIME(6);
UPDATE support_groups SET updated_at = created_at;

-- Leads were kept twice: a single support_groups.lead_id (never set by any screen or seed) and the
-- per-member group_members.lead flag that notifications and canned replies read. The flag is the
-- one home now: a named lead who is staff of the group's tenant becomes a member marked lead.
INSERT INTO group_members (group_id, staff_id, lead)
SELECT g.id, g.lead_id, TRUE
FROM support_groups g
JOIN staff_members s ON s.id = g.lead_id AND s.tenant_id = g.tenant_id
WHERE g.lead_id IS NOT NULL
  AND NOT EXISTS (SELECT 1 FROM group_members m WHERE m.group_id = g.id AND m.staff_id = g.lead_id);
UPDATE group_members SET lead = TRUE
WHERE EXISTS (SELECT 1 FROM support_groups g
              WHERE g.id = group_members.group_id AND g.lead_id = group_members.staff_id);
ALTER TABLE support_groups DROP COLUMN lead_id;

-- Who created, changed, retired a group or changed its members, and what changed. Append-only.
CREATE TABLE support_group_audit (
  id        BIGINT AUTO_INCREMENT PRIMARY KEY,
  tenant_id BIGINT         NOT NULL,
  group_id  BIGINT         NOT NULL,
  action    VARCHAR(20)    NOT NULL,
  actor     VARCHAR(200)   NOT NULL,
  at        DATETIME(6)    NOT NULL,
  detail    VARCHAR(2000)  NOT NULL,
  CONSTRAINT fk_support_group_audit_tenant FOREIGN KEY (tenant_id) REFERENCES organizations (id),
  CONSTRAINT fk_support_group_audit_group FOREIGN KEY (group_id) REFERENCES support_groups (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
CREATE INDEX ix_support_group_audit_group ON support_group_audit (tenant_id, group_id, id);
