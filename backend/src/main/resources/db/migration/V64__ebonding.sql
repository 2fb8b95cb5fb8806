-- E-bonding: partner desks as data (connectors), the outbox's ordering and dead letters, the
-- desk events Medley has applied (each once), the poll watermark of desks that cannot call out,
-- each ticket's sync state per desk, and an audit of what admins did to connectors and dead letters.

CREATE TABLE desk_connectors (
  id              BIGINT AUTO_INCREMENT PRIMARY KEY,
  tenant_id       BIGINT        NOT NULL,
  kind            VARCHAR(20)   NOT NULL,
  name            VARCHAR(120)  NOT NULL,
  -- The external-reference system the desk's ticket ids are recorded under (ticket_references).
  ref_system      VARCHAR(60)   NOT NULL,
  base_url        VARCHAR(500)  NOT NULL,
  auth_type       VARCHAR(20)   NOT NULL,
  -- JSON of the non-secret auth fields (username, clientId, tokenUrl).
  auth_public     TEXT,
  -- AES-GCM ciphertext (key: MEDLEY_SECRET_KEY) of the JSON of the secret fields; never returned.
  auth_secret     TEXT,
  webhook_secret  TEXT,
  settings        TEXT          NOT NULL,
  status_map      TEXT          NOT NULL,
  created_at      DATETIME(6)   NOT NULL,
  updated_at      DATETIME(6)   NOT NULL,
  deleted_at      DATETIME(6),
  version         BIGINT        NOT NULL DEFAULT 0,
  CONSTRAINT fk_desk_connectors_tenant FOREIGN KEY (tenant_id) REFERENCES organizations (id),
  CONSTRAINT uq_desk_connectors_system UNIQUE (tenant_id, ref_system)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- An engagement names the connector of its partner's desk (market writes it).
ALTER TABLE engagements ADD COLUMN connector_id BIGINT;
ALTER TABLE engagements ADD CONSTRAINT fk_engagements_connector
  FOREIGN KEY (connector_id) REFERENCES desk_connectors (id);

-- Outbox: events of one ordering key (a ticket on a desk) are delivered one after another, in id
-- order; a refused event is parked (a dead letter) and holds back the later ones of its key until
-- an admin re-drives or discards it.
ALTER TABLE outbox_events ADD COLUMN ordering_key VARCHAR(120);
ALTER TABLE outbox_events ADD COLUMN parked_at DATETIME(6);
ALTER TABLE outbox_events ADD COLUMN discarded_at DATETIME(6);
ALTER TABLE outbox_events ADD COLUMN last_error VARCHAR(2000);
ALTER TABLE outbox_events ADD COLUMN last_attempt_at DATETIME(6);
CREATE INDEX ix_outbox_ordering ON outbox_events (ordering_key, delivered_at, id);
CREATE INDEX ix_outbox_type ON outbox_events (type, delivered_at, available_at);

-- Each desk event Medley applied, so a replayed webhook or a repeated poll changes nothing.
CREATE TABLE desk_inbound_events (
  connector_id    BIGINT        NOT NULL,
  desk_event_id   VARCHAR(200)  NOT NULL,
  tenant_id       BIGINT        NOT NULL,
  ticket_id       BIGINT,
  outcome         VARCHAR(20)   NOT NULL,
  received_at     DATETIME(6)   NOT NULL,
  PRIMARY KEY (connector_id, desk_event_id),
  CONSTRAINT fk_desk_inbound_connector FOREIGN KEY (connector_id) REFERENCES desk_connectors (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- Desks Medley polls: where the last poll stopped, and which node holds the poll for now.
CREATE TABLE desk_poll_state (
  connector_id    BIGINT        PRIMARY KEY,
  tenant_id       BIGINT        NOT NULL,
  watermark       VARCHAR(200),
  leased_by       VARCHAR(100),
  lease_until     DATETIME(6),
  last_polled_at  DATETIME(6),
  last_error      VARCHAR(2000),
  CONSTRAINT fk_desk_poll_connector FOREIGN KEY (connector_id) REFERENCES desk_connectors (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- A ticket's state on each desk that holds it: "in Northwind RT as #1234, synced 12 s ago".
CREATE TABLE desk_sync (
  ticket_id       BIGINT        NOT NULL,
  connector_id    BIGINT        NOT NULL,
  tenant_id       BIGINT        NOT NULL,
  external_id     VARCHAR(120),
  display         VARCHAR(120),
  last_synced_at  DATETIME(6),
  last_error      VARCHAR(2000),
  last_error_at   DATETIME(6),
  PRIMARY KEY (ticket_id, connector_id),
  CONSTRAINT fk_desk_sync_connector FOREIGN KEY (connector_id) REFERENCES desk_connectors (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- Append-only: connector changes, tests, dead-letter re-drives and discards.
CREATE TABLE ebonding_audit (
  id              BIGINT AUTO_INCREMENT PRIMARY KEY,
  tenant_id       BIGINT        NOT NULL,
  connector_id    BIGINT,
  actor_id        BIGINT,
  actor_name      VARCHAR(200)  NOT NULL,
  at              DATETIME(6)   NOT NULL,
  action          VARCHAR(30)   NOT NULL,
  event_id        CHAR(36),
  detail          VARCHAR(2000)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
CREATE INDEX ix_ebonding_audit ON ebonding_audit (tenant_id, connector_id, id);
