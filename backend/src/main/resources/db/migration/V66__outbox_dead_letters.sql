-- The outbox parks an event it gives up on (parked_at) instead of leaving it behind attempts >=
-- max-attempts: the events older relays gave up on become dead letters an admin can see.
UPDATE outbox_events SET parked_at = available_at, last_error = 'gave up before dead letters were kept'
  WHERE delivered_at IS NULL AND attempts >= 10 AND parked_at IS NULL;
CREATE INDEX ix_outbox_parked ON outbox_events (tenant_id, type, parked_at);
