-- TMF621 Trouble Ticket served by Medley: the listeners partner desks register at
-- /tmf-api/troubleTicket/v4/hub. Each belongs to one partner organisation of one hospital and hears
-- only about tickets that partner's groups hold or held.

CREATE TABLE tmf_hub_listeners (
  id          BIGINT AUTO_INCREMENT PRIMARY KEY,
  tenant_id   BIGINT         NOT NULL,
  partner_id  BIGINT         NOT NULL,
  callback    VARCHAR(2000)  NOT NULL,
  query       VARCHAR(1000),
  created_by  BIGINT,
  created_at  DATETIME(6)    NOT NULL,
  CONSTRAINT fk_tmf_hub_listeners_tenant FOREIGN KEY (tenant_id) REFERENCES organizations (id),
  CONSTRAINT fk_tmf_hub_listeners_partner FOREIGN KEY (partner_id) REFERENCES organizations (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
CREATE INDEX ix_tmf_hub_listeners_partner ON tmf_hub_listeners (tenant_id, partner_id, id);
