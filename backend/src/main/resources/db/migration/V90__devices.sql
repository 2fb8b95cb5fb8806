-- Clinical devices (issue #24, first slice): the models a hospital's biomed team keeps and every
-- device it owns. Tenant-scoped like the catalog: each row names its health system.

CREATE TABLE device_models (
  id                  BIGINT AUTO_INCREMENT PRIMARY KEY,
  tenant_id           BIGINT        NOT NULL,
  manufacturer        VARCHAR(100)  NOT NULL,
  model               VARCHAR(100)  NOT NULL,
  device_class        VARCHAR(100)  NOT NULL, -- e.g. Infusion pump, Patient monitor
  risk                VARCHAR(20)   NOT NULL, -- LOW | MEDIUM | HIGH | LIFE_SUPPORT
  pm_interval_months  INT,                    -- null: no scheduled maintenance (run to failure)
  pm_procedure        VARCHAR(4000),
  created_at          DATETIME(6)   NOT NULL,
  updated_at          DATETIME(6)   NOT NULL,
  version             BIGINT        NOT NULL DEFAULT 0,
  CONSTRAINT fk_device_models_tenant FOREIGN KEY (tenant_id) REFERENCES organizations (id),
  CONSTRAINT uq_device_models_name UNIQUE (tenant_id, manufacturer, model)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE devices (
  id                      BIGINT AUTO_INCREMENT PRIMARY KEY,
  tenant_id               BIGINT         NOT NULL,
  model_id                BIGINT         NOT NULL,
  asset_tag               VARCHAR(50)    NOT NULL,
  serial                  VARCHAR(100)   NOT NULL,
  site                    VARCHAR(100)   NOT NULL,
  building                VARCHAR(100),
  unit                    VARCHAR(100),
  room                    VARCHAR(50),
  department              VARCHAR(100),
  status                  VARCHAR(20)    NOT NULL, -- IN_SERVICE | OUT_FOR_REPAIR | CANNOT_LOCATE | RETIRED
  connected               BOOLEAN        NOT NULL DEFAULT FALSE,
  ip_address              VARCHAR(45),
  mac_address             VARCHAR(17),
  firmware                VARCHAR(100),
  contract_vendor         VARCHAR(150),  -- a support contract with a vendor by name …
  contract_engagement_id  BIGINT,        -- … or with an HTM partner's engagement
  contract_ends_on        DATE,
  acquired_on             DATE,
  acquisition_cost        DECIMAL(12,2),
  end_of_support          DATE,
  created_at              DATETIME(6)    NOT NULL,
  updated_at              DATETIME(6)    NOT NULL,
  version                 BIGINT         NOT NULL DEFAULT 0,
  CONSTRAINT fk_devices_tenant FOREIGN KEY (tenant_id) REFERENCES organizations (id),
  CONSTRAINT fk_devices_model FOREIGN KEY (model_id) REFERENCES device_models (id),
  CONSTRAINT fk_devices_engagement FOREIGN KEY (contract_engagement_id) REFERENCES engagements (id),
  CONSTRAINT uq_devices_asset_tag UNIQUE (tenant_id, asset_tag)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- The list's place filters. Asset tags (the default order) have the unique key; model and
-- engagement (a partner's devices) the indexes of their foreign keys. Status and serial get none:
-- few values, and serials are searched by substring. Each index costs the demo seed and every
-- import its share (measured: docs/benchmarks.md, "Device fleet seed").
CREATE INDEX ix_devices_place ON devices (tenant_id, site, unit);
