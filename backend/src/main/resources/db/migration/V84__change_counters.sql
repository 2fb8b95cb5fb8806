-- What nodes keep in memory (SLA policies, routing, support groups, applications, staff links,
-- hospital settings) is announced here when it changes: one counter per subject and tenant, read
-- by every node a few times a second, so another node's edit counts everywhere within a second
-- instead of when the kept copy expires (issue #23). Owned by the platform.
CREATE TABLE change_counters (
  topic      VARCHAR(40) NOT NULL,
  tenant_id  BIGINT      NOT NULL,
  version    BIGINT      NOT NULL,
  PRIMARY KEY (topic, tenant_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
