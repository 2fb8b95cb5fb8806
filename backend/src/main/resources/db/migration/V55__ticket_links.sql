-- Links between two tickets of a tenant, stored once from the ticket that names the other:
-- "source DUPLICATE_OF target", "source CAUSED_BY target", "source RELATED_TO target". The other
-- ticket reads the same row the other way round ("duplicated by", "causes").
CREATE TABLE ticket_links (
  id          BIGINT AUTO_INCREMENT PRIMARY KEY,
  tenant_id   BIGINT       NOT NULL,
  source_id   BIGINT       NOT NULL,
  target_id   BIGINT       NOT NULL,
  type        VARCHAR(20)  NOT NULL,
  created_by  VARCHAR(200) NOT NULL,
  created_at  DATETIME(6)  NOT NULL,
  CONSTRAINT uq_ticket_links UNIQUE (source_id, target_id, type),
  CONSTRAINT fk_links_source FOREIGN KEY (source_id) REFERENCES tickets (id),
  CONSTRAINT fk_links_target FOREIGN KEY (target_id) REFERENCES tickets (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
CREATE INDEX ix_ticket_links_target ON ticket_links (target_id);
