-- HTM skills (issue #24): a skill may rest on a certification with an expiry, such as a
-- manufacturer's factory service training for a device class. Columns of the skill rather than a
-- table of their own: a skill has at most one, and it goes wherever the skill goes (imports,
-- deletes). The date is the last day it is valid (org.medley.coverage.Certification).
ALTER TABLE skills ADD COLUMN certification VARCHAR(200);
ALTER TABLE skills ADD COLUMN certification_expires_on DATE;
