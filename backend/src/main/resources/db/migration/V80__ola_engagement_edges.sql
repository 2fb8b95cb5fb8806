-- The sweep stops the OLA timers of engagements no longer in force: this index finds the few
-- timers still counting (running, paused, or breached and not yet stopped) without visiting the
-- finished ones, which are nearly all rows.
CREATE INDEX ix_sla_timers_open_ola ON sla_timers (kind, state, run_from, policy_id);

-- A breach notice now reaches every partner manager of the engagement, one row each: the recipient's
-- id joins the key that makes a notice unique. recipient_key is recipient_id, or 0 where a notice
-- has none, so that a missing id still takes part in the key (NULLs never collide in a UNIQUE key).
ALTER TABLE sla_notifications ADD COLUMN recipient_key BIGINT NOT NULL DEFAULT 0;
UPDATE sla_notifications SET recipient_key = recipient_id WHERE recipient_id IS NOT NULL;
ALTER TABLE sla_notifications
  ADD CONSTRAINT uq_sla_notifications_recipient UNIQUE (timer_id, kind, threshold, recipient, recipient_key);
ALTER TABLE sla_notifications DROP CONSTRAINT uq_sla_notifications;
