-- Coverage matrix (issue #7): shifts of staff members, optimistic-locking versions on the catalog,
-- a revision counter per tenant so every node can tell whether its cached matrix is still current,
-- and an index that lets the desk's ticket history aggregate 90 days without touching table rows.

-- A weekly shift in the staff member's own time zone (staff_members.zone). Minutes after midnight;
-- an end not after the start runs past midnight into the next day (22:00-06:00).
CREATE TABLE shifts (
  id            BIGINT AUTO_INCREMENT PRIMARY KEY,
  staff_id      BIGINT   NOT NULL,
  weekday       TINYINT  NOT NULL, -- 1 = Monday ... 7 = Sunday (ISO-8601)
  start_minute  SMALLINT NOT NULL,
  end_minute    SMALLINT NOT NULL,
  CONSTRAINT fk_shifts_staff FOREIGN KEY (staff_id) REFERENCES staff_members (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE INDEX ix_shifts_staff ON shifts (staff_id);

ALTER TABLE applications ADD COLUMN version BIGINT NOT NULL DEFAULT 0;
ALTER TABLE staff_members ADD COLUMN version BIGINT NOT NULL DEFAULT 0;

-- Imports and exports key staff by e-mail address: one person per address per tenant.
CREATE UNIQUE INDEX uq_staff_email ON staff_members (tenant_id, email);
CREATE INDEX ix_staff_tenant_name ON staff_members (tenant_id, name);
CREATE INDEX ix_skills_application ON skills (application_id, level);

-- Bumped in the same transaction as every change to applications, staff, shifts or skills.
CREATE TABLE coverage_revisions (
  tenant_id  BIGINT PRIMARY KEY,
  revision   BIGINT NOT NULL,
  CONSTRAINT fk_coverage_revisions_tenant FOREIGN KEY (tenant_id) REFERENCES organizations (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- Ticket history for load and turnaround (org.medley.desk.TicketHistory): covering index on the
-- columns its aggregates read, so 1 M tickets are scanned in index order by creation time.
CREATE INDEX ix_tickets_history ON tickets
  (tenant_id, created_at, application_id, assignee_id, tier, resolved_at);
