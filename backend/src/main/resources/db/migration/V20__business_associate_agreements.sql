-- A business associate agreement between the health system and a partner: while one is in force the
-- partner's agents see PHI on the tickets its groups hold; without one they read tickets through the
-- minimum-necessary filter. Rows are never deleted; ending an agreement records who ended it, when.
-- (When engagements arrive with the marketplace, an engagement will reference its agreement here.)
CREATE TABLE business_associate_agreements (
  id               BIGINT AUTO_INCREMENT PRIMARY KEY,
  tenant_id        BIGINT       NOT NULL,
  partner_id       BIGINT       NOT NULL,
  reference        VARCHAR(120) NOT NULL,
  effective_from   DATE         NOT NULL,
  effective_until  DATE,
  recorded_by      BIGINT       NOT NULL,
  recorded_at      DATETIME(6)  NOT NULL,
  ended_by         BIGINT,
  ended_at         DATETIME(6),
  CONSTRAINT fk_baa_tenant FOREIGN KEY (tenant_id) REFERENCES organizations (id),
  CONSTRAINT fk_baa_partner FOREIGN KEY (partner_id) REFERENCES organizations (id),
  CONSTRAINT fk_baa_recorded_by FOREIGN KEY (recorded_by) REFERENCES user_accounts (id),
  CONSTRAINT fk_baa_ended_by FOREIGN KEY (ended_by) REFERENCES user_accounts (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
CREATE INDEX ix_baa_tenant_partner ON business_associate_agreements (tenant_id, partner_id, effective_from);
