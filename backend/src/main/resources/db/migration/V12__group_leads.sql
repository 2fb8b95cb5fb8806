-- A group's leads hear of its SLA warnings and breaches (when nobody is marked, every member does).
ALTER TABLE group_members ADD COLUMN lead BOOLEAN NOT NULL DEFAULT FALSE;
