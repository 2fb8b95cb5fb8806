-- Security advisories for clinical devices (issue #24): a CVE against some of the hospital's
-- models and a firmware range, fanned out into one remediation work order per affected device and
-- group (routing BOTH opens one for biomed and one for IT: docs/decisions.md, "Advisory routing").

CREATE TABLE advisories (
  id             BIGINT AUTO_INCREMENT PRIMARY KEY,
  tenant_id      BIGINT        NOT NULL,
  cve            VARCHAR(30)   NOT NULL, -- CVE-YYYY-NNNN+, upper case
  title          VARCHAR(200)  NOT NULL,
  severity       VARCHAR(10)   NOT NULL, -- LOW | MEDIUM | HIGH | CRITICAL
  firmware_from  VARCHAR(100),           -- inclusive; null: every version up to firmware_to
  firmware_to    VARCHAR(100),           -- inclusive; null: every version from firmware_from on
  remediation    VARCHAR(4000) NOT NULL,
  routing        VARCHAR(10)   NOT NULL, -- BIOMED | IT | BOTH
  created_by     BIGINT        NOT NULL, -- the user account that filed it
  created_at     DATETIME(6)   NOT NULL,
  updated_at     DATETIME(6)   NOT NULL,
  version        BIGINT        NOT NULL DEFAULT 0,
  CONSTRAINT fk_advisories_tenant FOREIGN KEY (tenant_id) REFERENCES organizations (id),
  CONSTRAINT uq_advisories_cve UNIQUE (tenant_id, cve)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- The newest first, per hospital.
CREATE INDEX ix_advisories_created ON advisories (tenant_id, created_at);

CREATE TABLE advisory_models (
  advisory_id  BIGINT NOT NULL,
  model_id     BIGINT NOT NULL,
  PRIMARY KEY (advisory_id, model_id),
  CONSTRAINT fk_advisory_models_advisory FOREIGN KEY (advisory_id) REFERENCES advisories (id),
  CONSTRAINT fk_advisory_models_model FOREIGN KEY (model_id) REFERENCES device_models (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- One remediation order per device and group; the new key also indexes the foreign key.
ALTER TABLE work_orders
  ADD CONSTRAINT uq_work_orders_advisory_group UNIQUE (advisory_id, device_id, group_id);
ALTER TABLE work_orders DROP CONSTRAINT uq_work_orders_advisory;
ALTER TABLE work_orders
  ADD CONSTRAINT fk_work_orders_advisory FOREIGN KEY (advisory_id) REFERENCES advisories (id);

-- The outage playbook: a model whose devices can be brought back over the network (remote
-- management, reimaging) or not. False until biomed says so: the playbook errs towards a visit.
ALTER TABLE device_models ADD COLUMN remote_recovery BOOLEAN NOT NULL DEFAULT FALSE;
