-- A health system for the operations insight benchmark (issue #22, part B), in the database Medley
-- migrated and seeded: 200 applications, 20 support groups (5 of them a partner's) and 1,000,000
-- tickets over two years in New York, one every 63 seconds: 1 in 33 still open, the rest resolved
-- (half of them closed) up to three days later; 1 in 10 escalated from L1 (an audit line), 1 in
-- 19 reopened once, 1 in 3 rated. Its executive signs in as bench-exec/demo, its admin as
-- bench-admin/demo. MariaDB only (its SEQUENCE engine generates the rows).

SET @now = UTC_TIMESTAMP(6);
INSERT INTO organizations (kind, name, created_at, time_zone)
  VALUES ('HEALTH_SYSTEM', 'Bench Ops', @now, 'America/New_York');
SET @t = LAST_INSERT_ID();
INSERT INTO user_accounts (organization_id, tenant_id, username, display_name, password_hash, roles,
  enabled, created_at)
  SELECT @t, @t, 'bench-exec', 'Bench Executive', password_hash, 'executive,end-user', TRUE, @now
  FROM user_accounts WHERE username = 'exec';
SET @requester = LAST_INSERT_ID();
INSERT INTO user_accounts (organization_id, tenant_id, username, display_name, password_hash, roles,
  enabled, created_at)
  SELECT @t, @t, 'bench-admin', 'Bench Admin', password_hash, 'admin,end-user', TRUE, @now
  FROM user_accounts WHERE username = 'admin';
SET @partner = (SELECT MIN(id) FROM organizations WHERE kind = 'PARTNER');

INSERT INTO calendars (tenant_id, name, zone, definition, created_at)
  SELECT @t, c.name, c.zone, c.definition, @now FROM calendars c
  JOIN user_accounts u ON u.tenant_id = c.tenant_id AND u.username = 'leader';
SET @cal0 = (SELECT MIN(id) FROM calendars WHERE tenant_id = @t);

INSERT INTO applications (tenant_id, name, vendor, category, criticality, lifecycle, calendar_id,
  created_at)
  SELECT @t, CONCAT('Application ', LPAD(seq, 3, '0')), CONCAT('Vendor ', seq % 37),
    ELT(1 + seq % 4, 'EHR', 'LABORATORY', 'PHARMACY', 'IMAGING'), 1 + seq % 4, 'LIVE', @cal0, @now
  FROM seq_1_to_200;
SET @app0 = (SELECT MIN(id) FROM applications WHERE tenant_id = @t);

-- Groups 0-4 L1, 5-14 L2, 15-19 L3; every fourth one a partner's.
INSERT INTO support_groups (tenant_id, name, tier, provider, partner_id, calendar_id, created_at)
  SELECT @t, CONCAT('Group ', seq), IF(seq < 5, 'L1', IF(seq < 15, 'L2', 'L3')),
    IF(seq % 4 = 3, 'PARTNER', 'INTERNAL'), IF(seq % 4 = 3, @partner, NULL), @cal0, @now
  FROM seq_0_to_19;
SET @g0 = (SELECT MIN(id) FROM support_groups WHERE tenant_id = @t);

INSERT INTO tickets (tenant_id, number, type, title, description, application_id, impact, urgency,
  priority, status, tier, group_id, requester_id, phi, version, created_at, updated_at,
  resolved_at, reopen_count, csat_rating, open_work)
  SELECT @t, CONCAT('INC-O', seq), 'INCIDENT', 'Benchmark ticket', '', @app0 + (seq * 7) % 200,
    2, 2, ELT(1 + seq % 4, 'P1', 'P2', 'P3', 'P4'),
    IF(seq % 33 = 0, 'IN_PROGRESS', IF(seq % 2 = 0, 'CLOSED', 'RESOLVED')),
    IF(seq % 20 < 5, 'L1', IF(seq % 20 < 15, 'L2', 'L3')), @g0 + seq % 20, @requester, FALSE, 0,
    @now - INTERVAL seq * 63 SECOND, @now - INTERVAL seq * 63 SECOND,
    IF(seq % 33 = 0, NULL,
      LEAST(@now, @now - INTERVAL seq * 63 SECOND + INTERVAL (seq % 4320) MINUTE)),
    IF(seq % 19 = 0 AND seq % 33 <> 0, 1, 0), IF(seq % 3 = 0 AND seq % 33 <> 0, 1 + seq % 5, NULL),
    seq % 33 = 0
  FROM seq_1_to_1000000;

INSERT INTO ticket_audit (tenant_id, ticket_id, actor_name, at, action, field, old_value, new_value)
  SELECT @t, id, 'bench', created_at + INTERVAL 1 HOUR, 'ESCALATED', 'tier', 'L1', tier
  FROM tickets WHERE tenant_id = @t AND id % 10 = 0 AND tier <> 'L1';

SELECT @t AS tenant, (SELECT COUNT(*) FROM tickets WHERE tenant_id = @t) AS tickets,
  (SELECT COUNT(*) FROM ticket_audit WHERE tenant_id = @t) AS escalations;
