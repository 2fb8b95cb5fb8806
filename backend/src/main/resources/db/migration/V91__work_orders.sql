-- HTM work (issue #24): work orders on devices (corrective, preventive, remediation of a security
-- advisory), the clinical units whose busy hours preventive maintenance avoids, and which support
-- groups do a hospital's biomed and IT device work.

CREATE TABLE htm_settings (
  tenant_id        BIGINT      PRIMARY KEY,
  biomed_group_id  BIGINT,              -- does corrective and preventive work by default
  it_group_id      BIGINT,              -- joins remediation of connected devices
  work_calendar_id BIGINT,              -- when technicians do planned work (null: biomed's calendar)
  labor_rate       DECIMAL(8,2) NOT NULL DEFAULT 85.00, -- per technician hour, for repair costs
  updated_at       DATETIME(6) NOT NULL,
  CONSTRAINT fk_htm_settings_tenant FOREIGN KEY (tenant_id) REFERENCES organizations (id),
  CONSTRAINT fk_htm_settings_biomed FOREIGN KEY (biomed_group_id) REFERENCES support_groups (id),
  CONSTRAINT fk_htm_settings_it FOREIGN KEY (it_group_id) REFERENCES support_groups (id),
  CONSTRAINT fk_htm_settings_calendar FOREIGN KEY (work_calendar_id) REFERENCES calendars (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- A unit's busy hours: a business calendar whose open times are the unit's clinical use (an OR's
-- list, a clinic's sessions). Preventive maintenance is planned outside them where its window
-- allows. A unit without a row is never busy.
CREATE TABLE clinical_units (
  id                BIGINT AUTO_INCREMENT PRIMARY KEY,
  tenant_id         BIGINT       NOT NULL,
  site              VARCHAR(100) NOT NULL,
  unit              VARCHAR(100) NOT NULL,
  busy_calendar_id  BIGINT       NOT NULL,
  updated_at        DATETIME(6)  NOT NULL,
  CONSTRAINT uq_clinical_units UNIQUE (tenant_id, site, unit),
  CONSTRAINT fk_clinical_units_tenant FOREIGN KEY (tenant_id) REFERENCES organizations (id),
  CONSTRAINT fk_clinical_units_calendar FOREIGN KEY (busy_calendar_id) REFERENCES calendars (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE work_orders (
  id               BIGINT AUTO_INCREMENT PRIMARY KEY,
  tenant_id        BIGINT        NOT NULL,
  kind             VARCHAR(20)   NOT NULL, -- CORRECTIVE | PREVENTIVE | REMEDIATION
  device_id        BIGINT        NOT NULL,
  ticket_id        BIGINT,                 -- corrective: the desk ticket that reported it
  ticket_number    VARCHAR(20),            -- … and its number, as shown (numbers never change)
  advisory_id      BIGINT,                 -- remediation: the advisory it answers
  group_id         BIGINT,
  assignee_id      BIGINT,                 -- the technician (a staff member)
  status           VARCHAR(24)   NOT NULL, -- OPEN | DONE | COULD_NOT_DUPLICATE | CANCELLED
  summary          VARCHAR(200)  NOT NULL,
  due_on           DATE,                   -- preventive: the day it falls due; others: optional
  window_ends_on   DATE,                   -- preventive: the last day it counts as on time
  pm_due_on        DATE,                   -- = due_on for preventive only: one order per due day
  planned_start    DATETIME(6),            -- preventive: the slot the plan chose …
  planned_end      DATETIME(6),
  in_busy_hours    BOOLEAN       NOT NULL DEFAULT FALSE, -- … inside the unit's busy hours
  device_down      BOOLEAN       NOT NULL DEFAULT FALSE, -- the device is out of use meanwhile
  opened_at        DATETIME(6)   NOT NULL,
  completed_at     DATETIME(6),
  completed_by     BIGINT,                 -- the staff member who did the work
  labor_minutes    INT,
  parts_cost       DECIMAL(12,2),
  parts            VARCHAR(1000),
  checklist        TEXT,                   -- JSON: [{"item", "result", "reading"}]
  note             VARCHAR(2000),
  reason           VARCHAR(500),           -- why it was late, cancelled or not duplicated
  created_at       DATETIME(6)   NOT NULL,
  updated_at       DATETIME(6)   NOT NULL,
  version          BIGINT        NOT NULL DEFAULT 0,
  CONSTRAINT fk_work_orders_tenant FOREIGN KEY (tenant_id) REFERENCES organizations (id),
  CONSTRAINT fk_work_orders_device FOREIGN KEY (device_id) REFERENCES devices (id),
  CONSTRAINT fk_work_orders_ticket FOREIGN KEY (ticket_id) REFERENCES tickets (id),
  CONSTRAINT fk_work_orders_group FOREIGN KEY (group_id) REFERENCES support_groups (id),
  CONSTRAINT fk_work_orders_assignee FOREIGN KEY (assignee_id) REFERENCES staff_members (id),
  CONSTRAINT fk_work_orders_completed_by FOREIGN KEY (completed_by) REFERENCES staff_members (id),
  CONSTRAINT uq_work_orders_pm UNIQUE (device_id, pm_due_on),
  CONSTRAINT uq_work_orders_advisory UNIQUE (advisory_id, device_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- Due and overdue lists (open orders by due day), per technician, and a device's history. The due
-- index also carries device and technician so that a list's count and the workload per site and
-- technician read the index and the small devices table, never the order rows (measured: counting
-- 26,000 overdue orders among 2 million took 2 s without, docs/benchmarks.md).
CREATE INDEX ix_work_orders_due ON work_orders (tenant_id, status, due_on, device_id, assignee_id);
CREATE INDEX ix_work_orders_assignee ON work_orders (tenant_id, assignee_id, status, due_on);
CREATE INDEX ix_work_orders_history ON work_orders (device_id, kind, completed_at);
