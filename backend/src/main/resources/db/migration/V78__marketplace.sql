-- The staffing marketplace (issue #21): partners present themselves, requests are published to
-- them, their managers answer with proposals, and an accepted proposal becomes an engagement whose
-- people join the coverage matrix for the engagement's dates.

-- How a partner presents itself to one hospital (market). The profile is edited as a whole by the
-- partner's manager, so its lists (offerings with rate cards, application levels, named people with
-- skills and shifts) are kept as one JSON document; applications it names that no longer exist are
-- dropped on read rather than blocking the catalog.
CREATE TABLE partner_profiles (
  tenant_id   BIGINT        NOT NULL,
  partner_id  BIGINT        NOT NULL,
  document    MEDIUMTEXT    NOT NULL,
  updated_by  VARCHAR(100)  NOT NULL,
  updated_at  DATETIME(6)   NOT NULL,
  version     BIGINT        NOT NULL DEFAULT 0,
  PRIMARY KEY (tenant_id, partner_id),
  CONSTRAINT fk_partner_profiles_tenant FOREIGN KEY (tenant_id) REFERENCES organizations (id),
  CONSTRAINT fk_partner_profiles_partner FOREIGN KEY (partner_id) REFERENCES organizations (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- Who may see a request: ALL of the hospital's partners, or a SHORTLIST (the rows below); NULL while
-- it is not published. OPEN → PUBLISHED → AWARDED, or CANCELLED.
ALTER TABLE staffing_requests ADD COLUMN audience VARCHAR(10);
ALTER TABLE staffing_request_audit MODIFY COLUMN action VARCHAR(30) NOT NULL;

CREATE TABLE staffing_request_partners (
  request_id    BIGINT        NOT NULL,
  partner_id    BIGINT        NOT NULL,
  published_by  VARCHAR(100)  NOT NULL,
  published_at  DATETIME(6)   NOT NULL,
  PRIMARY KEY (request_id, partner_id),
  CONSTRAINT fk_srp_request FOREIGN KEY (request_id) REFERENCES staffing_requests (id) ON DELETE CASCADE,
  CONSTRAINT fk_srp_partner FOREIGN KEY (partner_id) REFERENCES organizations (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE INDEX ix_srp_partner ON staffing_request_partners (partner_id);

-- A partner's answer to a request: named people (JSON: name, e-mail, zone, capacity, shifts,
-- skills), a rate, a tier and commitments. DRAFT → SUBMITTED → ACCEPTED | DECLINED; WITHDRAWN.
CREATE TABLE proposals (
  id                 BIGINT AUTO_INCREMENT PRIMARY KEY,
  tenant_id          BIGINT         NOT NULL,
  request_id         BIGINT         NOT NULL,
  partner_id         BIGINT         NOT NULL,
  status             VARCHAR(12)    NOT NULL,
  tier               VARCHAR(4)     NOT NULL,
  hourly_rate        DECIMAL(9,2)   NOT NULL,
  response_minutes   INT            NOT NULL,
  resolution_hours   INT            NOT NULL,
  commitment_notes   VARCHAR(1000),
  starts_on          DATE           NOT NULL,
  notes              VARCHAR(4000),
  people             MEDIUMTEXT     NOT NULL,
  decision_comment   VARCHAR(2000),
  decided_by         VARCHAR(100),
  decided_at         DATETIME(6),
  engagement_id      BIGINT,
  created_by         VARCHAR(100)   NOT NULL,
  created_at         DATETIME(6)    NOT NULL,
  submitted_at       DATETIME(6),
  updated_at         DATETIME(6)    NOT NULL,
  version            BIGINT         NOT NULL DEFAULT 0,
  CONSTRAINT fk_proposals_tenant FOREIGN KEY (tenant_id) REFERENCES organizations (id),
  CONSTRAINT fk_proposals_request FOREIGN KEY (request_id) REFERENCES staffing_requests (id),
  CONSTRAINT fk_proposals_partner FOREIGN KEY (partner_id) REFERENCES organizations (id),
  CONSTRAINT fk_proposals_engagement FOREIGN KEY (engagement_id) REFERENCES engagements (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE INDEX ix_proposals_request ON proposals (tenant_id, request_id, status);
CREATE INDEX ix_proposals_partner ON proposals (tenant_id, partner_id, created_at);

CREATE TABLE proposal_audit (
  id           BIGINT AUTO_INCREMENT PRIMARY KEY,
  proposal_id  BIGINT         NOT NULL,
  action       VARCHAR(20)    NOT NULL,
  actor        VARCHAR(100)   NOT NULL,
  actor_name   VARCHAR(200)   NOT NULL,
  at           DATETIME(6)    NOT NULL,
  detail       VARCHAR(2000),
  CONSTRAINT fk_proposal_audit_proposal FOREIGN KEY (proposal_id) REFERENCES proposals (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE INDEX ix_proposal_audit_proposal ON proposal_audit (proposal_id, id);

-- An engagement accepted through the marketplace names its proposal, and every engagement may name
-- the business associate agreement it works under (the reference, as recorded in Compliance).
ALTER TABLE engagements ADD COLUMN proposal_id BIGINT;
ALTER TABLE engagements ADD COLUMN agreement_reference VARCHAR(200);
ALTER TABLE engagements ADD CONSTRAINT fk_engagements_proposal
  FOREIGN KEY (proposal_id) REFERENCES proposals (id);

-- Contracted staff count in the coverage matrix only between these dates (the hospital's dates,
-- both included; NULL: no limit). Written by coverage when an engagement brings its people.
ALTER TABLE staff_members ADD COLUMN active_from DATE;
ALTER TABLE staff_members ADD COLUMN active_until DATE;
