-- A large health system for the coverage benchmark (issue #7), in the database Medley migrated and
-- seeded: 2,000 applications, 5,000 staff with shifts, 60,000 skills and 1,000,000 tickets over
-- two years, in a tenant of its own ("Bench Health") whose IT leader signs in as bench-leader/demo.
-- MariaDB only (its SEQUENCE engine generates the rows). Run by infra/scripts/bench-coverage.sh.

SET @now = UTC_TIMESTAMP(6);
INSERT INTO organizations (kind, name, created_at) VALUES ('HEALTH_SYSTEM', 'Bench Health', @now);
SET @t = LAST_INSERT_ID();
INSERT INTO user_accounts (organization_id, tenant_id, username, display_name, password_hash, roles,
  enabled, created_at)
  SELECT @t, @t, 'bench-leader', 'Bench Leader', password_hash, 'it-leader,end-user', TRUE, @now
  FROM user_accounts WHERE username = 'leader';
SET @requester = LAST_INSERT_ID();
SET @partner = (SELECT MIN(id) FROM organizations WHERE kind = 'PARTNER');

INSERT INTO calendars (tenant_id, name, zone, definition, created_at)
  SELECT @t, c.name, c.zone, c.definition, @now FROM calendars c
  JOIN user_accounts u ON u.tenant_id = c.tenant_id AND u.username = 'leader';
SET @cal0 = (SELECT MIN(id) FROM calendars WHERE tenant_id = @t);

-- Applications: categories and criticality spread; calendars 24x7, Clinical hours, Business hours.
INSERT INTO applications (tenant_id, name, vendor, category, criticality, lifecycle, calendar_id,
  created_at)
  SELECT @t, CONCAT('Application ', LPAD(seq, 4, '0')), CONCAT('Vendor ', seq % 97),
    ELT(1 + seq % 8, 'EHR', 'LABORATORY', 'PHARMACY', 'IMAGING', 'INFRASTRUCTURE', 'SECURITY',
      'ERP', 'ANALYTICS'),
    1 + seq % 4, 'LIVE', @cal0 + seq % 3, @now
  FROM seq_1_to_2000;
SET @app0 = (SELECT MIN(id) FROM applications WHERE tenant_id = @t);

-- Staff: one in ten contracted; a tenth work from Warsaw.
INSERT INTO staff_members (tenant_id, employer_id, name, email, kind, team, zone,
  weekly_capacity_hours, created_at)
  SELECT @t, IF(seq % 10 = 0, @partner, @t), CONCAT('Person ', LPAD(seq, 4, '0')),
    CONCAT('person', seq, '@bench.example'), IF(seq % 10 = 0, 'CONTRACTED', 'INTERNAL'),
    CONCAT('Team ', seq % 40), IF(seq % 10 = 3, 'Europe/Warsaw', 'America/New_York'), 40, @now
  FROM seq_1_to_5000;
SET @staff0 = (SELECT MIN(id) FROM staff_members WHERE tenant_id = @t);

-- Shifts: days, evenings or nights, five a week.
INSERT INTO shifts (staff_id, weekday, start_minute, end_minute)
  SELECT @staff0 + s.seq, d.seq,
    ELT(1 + s.seq % 3, 420, 900, 1380), ELT(1 + s.seq % 3, 900, 1380, 420)
  FROM seq_0_to_4999 s JOIN seq_1_to_5 d;

-- Skills: twelve per person on distinct applications, levels 1-4.
INSERT INTO skills (staff_id, application_id, level, verified_at)
  SELECT @staff0 + seq DIV 12, @app0 + ((seq DIV 12) * 13 + (seq % 12) * 157) % 2000,
    1 + (seq * 31) % 4, @now
  FROM seq_0_to_59999;

-- Tickets: one million over two years, one every 63 seconds; resolved after up to three days.
INSERT INTO tickets (tenant_id, number, type, title, description, application_id, impact, urgency,
  priority, status, tier, assignee_id, requester_id, phi, version, created_at, updated_at,
  resolved_at)
  SELECT @t, CONCAT('INC-B', seq), 'INCIDENT', 'Benchmark ticket', '', @app0 + (seq * 7) % 2000,
    2, 2, 'P3', 'RESOLVED', ELT(1 + seq % 4, 'L1', 'L1', 'L2', 'L3'), @staff0 + (seq * 11) % 5000,
    @requester, FALSE, 0, @now - INTERVAL seq * 63 SECOND, @now - INTERVAL seq * 63 SECOND,
    @now - INTERVAL seq * 63 SECOND + INTERVAL (seq % 4320) MINUTE
  FROM seq_1_to_1000000;

SELECT (SELECT COUNT(*) FROM applications WHERE tenant_id = @t) AS applications,
  (SELECT COUNT(*) FROM staff_members WHERE tenant_id = @t) AS staff,
  (SELECT COUNT(*) FROM skills k JOIN staff_members s ON s.id = k.staff_id WHERE s.tenant_id = @t)
    AS skills,
  (SELECT COUNT(*) FROM tickets WHERE tenant_id = @t) AS tickets;
