-- Other names people know an application by ("Hyperspace" for Epic's desktop client): searched
-- with the name and vendor when someone picks the application a ticket is about. One column of
-- ';'-separated aliases (Aliases.java keeps them short, trimmed and free of ';'): it searches
-- with the same LIKE on H2 and MariaDB and needs no join; a substring search uses no index either
-- way, and the catalog is small.
ALTER TABLE applications ADD COLUMN aliases VARCHAR(1200) NOT NULL DEFAULT '';

-- The catalog entry behind "Other / I don't know" on the report form (Catalog.triageApplication):
-- created on first use per tenant, kept out of the coverage matrix, catalog lists and exports.
ALTER TABLE applications ADD COLUMN triage BOOLEAN NOT NULL DEFAULT FALSE;
