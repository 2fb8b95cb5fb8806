-- What a partner without a business associate agreement searches: the ticket's text through the
-- hospital's minimum-necessary filter, so a search for an MRN or a patient's name cannot tell such
-- a partner which of its tickets mention it. Written with the text (desk's TicketStore); rows
-- older than this migration are filled at start-up (desk's SearchMasks). NULL: not masked yet,
-- which such a partner's search never matches.
ALTER TABLE tickets ADD COLUMN masked_title TEXT;
ALTER TABLE tickets ADD COLUMN masked_description TEXT;
ALTER TABLE ticket_comments ADD COLUMN masked_body TEXT;
