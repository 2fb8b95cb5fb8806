-- Attachment bytes move out of the metadata row into a table of their own: listing a ticket's
-- attachments never drags megabytes through the buffer pool, and the bytes could later move to an
-- object store by replacing one table. See docs/decisions.md ("Ticket attachments").
CREATE TABLE ticket_attachment_content (
  attachment_id  BIGINT   NOT NULL PRIMARY KEY,
  content        LONGBLOB NOT NULL,
  CONSTRAINT fk_attachment_content FOREIGN KEY (attachment_id) REFERENCES ticket_attachments (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

INSERT INTO ticket_attachment_content (attachment_id, content)
  SELECT id, content FROM ticket_attachments;
ALTER TABLE ticket_attachments DROP COLUMN content;
-- Who uploaded it, as they were called at the time (like comment authors).
ALTER TABLE ticket_attachments ADD COLUMN uploaded_by_name VARCHAR(200) NOT NULL DEFAULT '';
