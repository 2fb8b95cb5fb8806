-- Staffing requests (the marketplace's first piece): an IT leader turns a coverage gap into a
-- request for partner staff. Proposals, engagements and partners' views come with the marketplace.

CREATE TABLE staffing_requests (
  id               BIGINT AUTO_INCREMENT PRIMARY KEY,
  tenant_id        BIGINT        NOT NULL,
  title            VARCHAR(200)  NOT NULL,
  kind             VARCHAR(20)   NOT NULL, -- LONG_TERM | TEMPORARY | PROJECT | GO_LIVE_SURGE
  status           VARCHAR(20)   NOT NULL, -- OPEN | CANCELLED
  minimum_level    TINYINT       NOT NULL,
  people_needed    SMALLINT      NOT NULL,
  hours_per_week   DECIMAL(5,1)  NOT NULL,
  support_window   VARCHAR(200)  NOT NULL,
  starts_on        DATE          NOT NULL,
  ends_on          DATE,
  notes            VARCHAR(4000),
  rationale        VARCHAR(2000),
  created_by       VARCHAR(100)  NOT NULL,
  created_at       DATETIME(6)   NOT NULL,
  updated_at       DATETIME(6)   NOT NULL,
  version          BIGINT        NOT NULL DEFAULT 0,
  CONSTRAINT fk_staffing_requests_tenant FOREIGN KEY (tenant_id) REFERENCES organizations (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE INDEX ix_staffing_requests_list ON staffing_requests (tenant_id, status, created_at);

-- The applications a request is for. No cascade: an application a request names cannot vanish
-- from under it (retire it instead).
CREATE TABLE staffing_request_applications (
  request_id      BIGINT NOT NULL,
  application_id  BIGINT NOT NULL,
  PRIMARY KEY (request_id, application_id),
  CONSTRAINT fk_sra_request FOREIGN KEY (request_id) REFERENCES staffing_requests (id) ON DELETE CASCADE,
  CONSTRAINT fk_sra_application FOREIGN KEY (application_id) REFERENCES applications (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE INDEX ix_sra_application ON staffing_request_applications (application_id);

-- Who did what to a request, append-only: CREATED, CANCELLED (later: proposals, awards).
CREATE TABLE staffing_request_audit (
  id          BIGINT AUTO_INCREMENT PRIMARY KEY,
  request_id  BIGINT        NOT NULL,
  action      VARCHAR(20)   NOT NULL,
  actor       VARCHAR(100)  NOT NULL,
  actor_name  VARCHAR(200)  NOT NULL,
  at          DATETIME(6)   NOT NULL,
  detail      VARCHAR(1000),
  CONSTRAINT fk_sr_audit_request FOREIGN KEY (request_id) REFERENCES staffing_requests (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE INDEX ix_sr_audit_request ON staffing_request_audit (request_id, at);
