-- Medley as a TMF621 client: the listener Medley registers at a partner's event hub
-- (POST <basePath>/hub) for each connector whose desk pushes its events, and where that stands.
-- The registering and removing travel through the outbox (ordering key hub:<connector>:), written
-- in the transaction that created, changed or deleted the connector.

CREATE TABLE desk_hub_subscriptions (
  connector_id    BIGINT         PRIMARY KEY,
  tenant_id       BIGINT         NOT NULL,
  -- SUBSCRIBING, SUBSCRIBED, UNSUBSCRIBING, UNSUBSCRIBED, FAILED (the hub refused: a dead letter)
  state           VARCHAR(20)    NOT NULL,
  -- The hub's id of Medley's registration, and the hub it is at; null while none is known.
  hub_id          VARCHAR(200),
  hub_url         VARCHAR(700),
  callback        VARCHAR(700)   NOT NULL,
  last_error      VARCHAR(2000),
  last_error_at   DATETIME(6),
  changed_at      DATETIME(6)    NOT NULL,
  CONSTRAINT fk_desk_hub_connector FOREIGN KEY (connector_id) REFERENCES desk_connectors (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
