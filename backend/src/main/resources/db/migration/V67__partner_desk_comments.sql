-- A partner's desk writes on tickets through e-bonding as a system ("Northwind RT: jdoe"), not as
-- one of Medley's user accounts: its comments have an author name and no author account.
ALTER TABLE ticket_comments MODIFY COLUMN author_id BIGINT NULL;
