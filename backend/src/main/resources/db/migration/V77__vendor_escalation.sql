-- EHR vendor escalation (issue #20). A hospital's vendor directory: the vendors (organisations of
-- kind VENDOR) it escalates to, each with the channel a case goes by (e-mail to the vendor's
-- support address, or an e-bonding connector), the pattern that finds the vendor's case number in
-- an answer, the case mail's templates and the people to call. A version guards concurrent edits.
CREATE TABLE vendor_profiles (
  tenant_id         BIGINT        NOT NULL,
  vendor_id         BIGINT        NOT NULL,
  -- EMAIL or CONNECTOR; NULL until an admin sets the vendor up.
  channel           VARCHAR(20),
  case_email        VARCHAR(254),
  connector_id      BIGINT,
  case_pattern      VARCHAR(200),
  subject_template  VARCHAR(300),
  body_template     TEXT,
  version           BIGINT        NOT NULL DEFAULT 0,
  created_at        DATETIME(6)   NOT NULL,
  PRIMARY KEY (tenant_id, vendor_id),
  CONSTRAINT fk_vendor_profiles_tenant FOREIGN KEY (tenant_id) REFERENCES organizations (id),
  CONSTRAINT fk_vendor_profiles_vendor FOREIGN KEY (vendor_id) REFERENCES organizations (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE vendor_contacts (
  id          BIGINT AUTO_INCREMENT PRIMARY KEY,
  tenant_id   BIGINT        NOT NULL,
  vendor_id   BIGINT        NOT NULL,
  position    INT           NOT NULL,
  name        VARCHAR(120)  NOT NULL,
  email       VARCHAR(254),
  phone       VARCHAR(40),
  role        VARCHAR(120),
  CONSTRAINT fk_vendor_contacts_profile FOREIGN KEY (tenant_id, vendor_id)
    REFERENCES vendor_profiles (tenant_id, vendor_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
CREATE INDEX ix_vendor_contacts ON vendor_contacts (tenant_id, vendor_id, position);

CREATE TABLE vendor_profile_audit (
  id          BIGINT AUTO_INCREMENT PRIMARY KEY,
  tenant_id   BIGINT        NOT NULL,
  vendor_id   BIGINT        NOT NULL,
  at          DATETIME(6)   NOT NULL,
  actor       VARCHAR(200)  NOT NULL,
  summary     VARCHAR(1000) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
CREATE INDEX ix_vendor_profile_audit ON vendor_profile_audit (tenant_id, vendor_id, id);

-- Each application names its vendor (the free-text vendor stays, as the catalog shows it).
ALTER TABLE applications ADD COLUMN vendor_id BIGINT;
ALTER TABLE applications ADD CONSTRAINT fk_applications_vendor FOREIGN KEY (vendor_id)
  REFERENCES organizations (id);
-- An existing catalog names its vendors as text: link those that are vendor organisations, and put
-- them in their hospital's directory (not set up for cases until an admin says how).
UPDATE applications SET vendor_id = (
  SELECT MIN(o.id) FROM organizations o
  WHERE o.kind = 'VENDOR' AND LOWER(o.name) = LOWER(applications.vendor))
WHERE vendor_id IS NULL;
INSERT INTO vendor_profiles (tenant_id, vendor_id, version, created_at)
SELECT DISTINCT tenant_id, vendor_id, 0, CURRENT_TIMESTAMP FROM applications
WHERE vendor_id IS NOT NULL;

-- A case with a vendor about one ticket: opened by an escalation, sent again by a re-escalation,
-- closed by the agent. At most one OPEN case per ticket and vendor (each write takes the ticket's
-- write turn first). The vendor's case number, once known, is also the ticket's external reference.
CREATE TABLE vendor_cases (
  id               BIGINT AUTO_INCREMENT PRIMARY KEY,
  tenant_id        BIGINT        NOT NULL,
  ticket_id        BIGINT        NOT NULL,
  ticket_number    VARCHAR(20)   NOT NULL,
  vendor_id        BIGINT        NOT NULL,
  case_number      VARCHAR(100),
  -- CONNECTOR: the vendor desk's own id of the case (its display name is the case number).
  desk_external_id VARCHAR(200),
  status           VARCHAR(10)   NOT NULL,
  opened_at        DATETIME(6)   NOT NULL,
  opened_by        VARCHAR(200)  NOT NULL,
  escalations      INT           NOT NULL,
  last_sent_at     DATETIME(6),
  -- QUEUED (in the outbox), SENT, FAILED (parked).
  delivery         VARCHAR(10)   NOT NULL,
  delivery_error   VARCHAR(500),
  last_reply_at    DATETIME(6),
  closed_at        DATETIME(6),
  closed_by        VARCHAR(200),
  close_note       VARCHAR(2000),
  version          BIGINT        NOT NULL DEFAULT 0,
  CONSTRAINT uq_vendor_cases_number UNIQUE (tenant_id, vendor_id, case_number),
  CONSTRAINT fk_vendor_cases_tenant FOREIGN KEY (tenant_id) REFERENCES organizations (id),
  CONSTRAINT fk_vendor_cases_ticket FOREIGN KEY (ticket_id) REFERENCES tickets (id),
  CONSTRAINT fk_vendor_cases_vendor FOREIGN KEY (vendor_id) REFERENCES organizations (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
CREATE INDEX ix_vendor_cases_open ON vendor_cases (tenant_id, status, opened_at);
CREATE INDEX ix_vendor_cases_ticket ON vendor_cases (tenant_id, ticket_id);

-- The Message-IDs of a case's mail, out and in: a vendor's answer names one of them in
-- In-Reply-To/References, which is how it finds its case.
CREATE TABLE vendor_case_messages (
  tenant_id   BIGINT        NOT NULL,
  message_id  VARCHAR(250)  NOT NULL,
  case_id     BIGINT        NOT NULL,
  direction   VARCHAR(3)    NOT NULL,
  at          DATETIME(6)   NOT NULL,
  PRIMARY KEY (tenant_id, message_id),
  CONSTRAINT fk_vendor_case_messages_case FOREIGN KEY (case_id) REFERENCES vendor_cases (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
CREATE INDEX ix_vendor_case_messages_case ON vendor_case_messages (case_id, at);
