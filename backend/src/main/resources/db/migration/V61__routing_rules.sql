-- Routing rules replace application_routes: per tier an ordered list of rules (conditions → group),
-- a default group per tier and an escalation target per group. Every route row becomes one rule
-- per tier it names ("application = X → group"), ordered by application name, so an install routes
-- exactly as before; a tier with no route still falls back to its first group by name (in code).

CREATE TABLE routing_rules (
  id          BIGINT AUTO_INCREMENT PRIMARY KEY,
  tenant_id   BIGINT       NOT NULL,
  tier        VARCHAR(10)  NOT NULL,
  ordinal     INT          NOT NULL,
  group_id    BIGINT       NOT NULL,
  version     BIGINT       NOT NULL,
  updated_by  VARCHAR(200) NOT NULL,
  updated_at  DATETIME(6)  NOT NULL,
  CONSTRAINT fk_routing_rules_tenant FOREIGN KEY (tenant_id) REFERENCES organizations (id),
  CONSTRAINT fk_routing_rules_group FOREIGN KEY (group_id) REFERENCES support_groups (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
CREATE INDEX ix_routing_rules_tenant ON routing_rules (tenant_id, tier, ordinal);

-- A rule's conditions: kind APPLICATION (term: the application's id), CATEGORY, TYPE, IMPACT,
-- DEPARTMENT, LOCATION, TITLE_WORD. Terms of one kind are alternatives; kinds are AND-ed.
CREATE TABLE routing_rule_conditions (
  rule_id  BIGINT       NOT NULL,
  kind     VARCHAR(20)  NOT NULL,
  term     VARCHAR(200) NOT NULL,
  PRIMARY KEY (rule_id, kind, term),
  CONSTRAINT fk_routing_conditions_rule FOREIGN KEY (rule_id) REFERENCES routing_rules (id)
    ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- The group that takes a tier's tickets no rule matched.
CREATE TABLE routing_defaults (
  tenant_id   BIGINT       NOT NULL,
  tier        VARCHAR(10)  NOT NULL,
  group_id    BIGINT       NOT NULL,
  PRIMARY KEY (tenant_id, tier),
  CONSTRAINT fk_routing_defaults_tenant FOREIGN KEY (tenant_id) REFERENCES organizations (id),
  CONSTRAINT fk_routing_defaults_group FOREIGN KEY (group_id) REFERENCES support_groups (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- The group that takes a group's escalations (it works at the next tier).
CREATE TABLE routing_escalations (
  group_id         BIGINT PRIMARY KEY,
  tenant_id        BIGINT NOT NULL,
  target_group_id  BIGINT NOT NULL,
  CONSTRAINT fk_routing_escalations_tenant FOREIGN KEY (tenant_id) REFERENCES organizations (id),
  CONSTRAINT fk_routing_escalations_group FOREIGN KEY (group_id) REFERENCES support_groups (id),
  CONSTRAINT fk_routing_escalations_target FOREIGN KEY (target_group_id) REFERENCES support_groups (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
CREATE INDEX ix_routing_escalations_tenant ON routing_escalations (tenant_id);

-- Who changed routing, when, and what it became.
CREATE TABLE routing_rule_audit (
  id         BIGINT AUTO_INCREMENT PRIMARY KEY,
  tenant_id  BIGINT        NOT NULL,
  rule_id    BIGINT,
  action     VARCHAR(20)   NOT NULL,
  actor      VARCHAR(200)  NOT NULL,
  at         DATETIME(6)   NOT NULL,
  detail     VARCHAR(2000) NOT NULL,
  CONSTRAINT fk_routing_rule_audit_tenant FOREIGN KEY (tenant_id) REFERENCES organizations (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
CREATE INDEX ix_routing_rule_audit_tenant ON routing_rule_audit (tenant_id, id);

CREATE VIEW v61_routes AS
SELECT a.tenant_id, x.tier, x.group_id, x.application_id,
       ROW_NUMBER() OVER (PARTITION BY a.tenant_id, x.tier ORDER BY a.name, a.id) - 1 AS ordinal
FROM (
  SELECT application_id, 'L1' AS tier, l1_group_id AS group_id FROM application_routes
  UNION ALL
  SELECT application_id, 'L2', l2_group_id FROM application_routes WHERE l2_group_id IS NOT NULL
  UNION ALL
  SELECT application_id, 'L3', l3_group_id FROM application_routes WHERE l3_group_id IS NOT NULL
  UNION ALL
  SELECT application_id, 'VENDOR', vendor_group_id FROM application_routes
  WHERE vendor_group_id IS NOT NULL
) x
JOIN applications a ON a.id = x.application_id;

INSERT INTO routing_rules (tenant_id, tier, ordinal, group_id, version, updated_by, updated_at)
SELECT tenant_id, tier, ordinal, group_id, 0, 'migration V61', CURRENT_TIMESTAMP(6) FROM v61_routes;

INSERT INTO routing_rule_conditions (rule_id, kind, term)
SELECT r.id, 'APPLICATION', CONCAT('', v.application_id)
FROM v61_routes v
JOIN routing_rules r ON r.tenant_id = v.tenant_id AND r.tier = v.tier AND r.ordinal = v.ordinal;

INSERT INTO routing_rule_audit (tenant_id, rule_id, action, actor, at, detail)
SELECT tenant_id, id, 'MIGRATED', 'migration V61', CURRENT_TIMESTAMP(6),
       'from the application''s route of before V61'
FROM routing_rules;

DROP VIEW v61_routes;
DROP TABLE application_routes;
