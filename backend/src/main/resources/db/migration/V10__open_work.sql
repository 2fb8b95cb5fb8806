-- Queues read open work only. One flag instead of four statuses lets a group's queue come
-- straight off an index even with millions of closed tickets beside it; the desk keeps it in step
-- with the status on every write.
ALTER TABLE tickets ADD COLUMN open_work BOOLEAN NOT NULL DEFAULT FALSE;
UPDATE tickets SET open_work = TRUE WHERE status IN ('NEW', 'ASSIGNED', 'IN_PROGRESS', 'PENDING');
CREATE INDEX ix_tickets_open_queue ON tickets (tenant_id, group_id, open_work, sla_due_at);
CREATE INDEX ix_tickets_open_assignee ON tickets (tenant_id, assignee_id, open_work, sla_due_at);
