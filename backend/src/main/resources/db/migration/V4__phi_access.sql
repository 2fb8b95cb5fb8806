-- Every read of a PHI-flagged ticket: who, when, which ticket, which fields, through what, from where.
-- Append-only: Medley never updates or deletes a row (a deployment can also REVOKE UPDATE, DELETE on
-- this table from the application's database user).
CREATE TABLE phi_access_log (
  id               BIGINT AUTO_INCREMENT PRIMARY KEY,
  tenant_id        BIGINT       NOT NULL,
  account_id       BIGINT       NOT NULL,
  username         VARCHAR(100) NOT NULL,
  organization_id  BIGINT       NOT NULL,
  ticket_id        BIGINT       NOT NULL,
  ticket_number    VARCHAR(20)  NOT NULL,
  fields           VARCHAR(200) NOT NULL,
  channel          VARCHAR(30)  NOT NULL,
  client_address   VARCHAR(64),
  at               DATETIME(6)  NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
CREATE INDEX ix_phi_access_tenant_at ON phi_access_log (tenant_id, at);
CREATE INDEX ix_phi_access_ticket ON phi_access_log (tenant_id, ticket_id, at);
