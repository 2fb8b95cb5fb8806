-- Compliance reads the finished timers of a tenant by the instant they finished, grouped by one of
-- the ticket's dimensions. This index holds every column that query reads, so a report over a
-- million timers is one index range scan and never visits the rows. It starts like
-- ix_sla_timers_ended, which it replaces.
CREATE INDEX ix_sla_timers_compliance ON sla_timers
  (tenant_id, kind, ended_at, state, target, priority, tier, application_id, group_id,
   group_partner_id, partner_id);
DROP INDEX ix_sla_timers_ended ON sla_timers;
