-- Foundation schema: organisations and accounts (identity), the application catalog, staff, skills and
-- support groups (coverage), calendars (sla) and tickets (desk). Later features extend these tables with
-- migrations of their own. All instants are UTC in DATETIME(6).

CREATE TABLE organizations (
  id          BIGINT AUTO_INCREMENT PRIMARY KEY,
  kind        VARCHAR(20)  NOT NULL,
  name        VARCHAR(200) NOT NULL,
  created_at  DATETIME(6)  NOT NULL,
  CONSTRAINT uq_organizations_name UNIQUE (name)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE user_accounts (
  id               BIGINT AUTO_INCREMENT PRIMARY KEY,
  organization_id  BIGINT       NOT NULL,
  tenant_id        BIGINT       NOT NULL,
  username         VARCHAR(100) NOT NULL,
  display_name     VARCHAR(200) NOT NULL,
  email            VARCHAR(254),
  job_title        VARCHAR(100),
  password_hash    VARCHAR(100),
  roles            VARCHAR(200) NOT NULL,
  enabled          BOOLEAN      NOT NULL DEFAULT TRUE,
  created_at       DATETIME(6)  NOT NULL,
  CONSTRAINT uq_user_accounts_username UNIQUE (username),
  CONSTRAINT fk_user_accounts_org FOREIGN KEY (organization_id) REFERENCES organizations (id),
  CONSTRAINT fk_user_accounts_tenant FOREIGN KEY (tenant_id) REFERENCES organizations (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- Keys the built-in issuer signs with: made on first start, shared by every node on the same database.
CREATE TABLE signing_keys (
  name        VARCHAR(50)  PRIMARY KEY,
  secret      VARCHAR(200) NOT NULL,
  created_at  DATETIME(6)  NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE calendars (
  id          BIGINT AUTO_INCREMENT PRIMARY KEY,
  tenant_id   BIGINT       NOT NULL,
  name        VARCHAR(100) NOT NULL,
  zone        VARCHAR(64)  NOT NULL,
  definition  MEDIUMTEXT   NOT NULL,
  created_at  DATETIME(6)  NOT NULL,
  CONSTRAINT uq_calendars_name UNIQUE (tenant_id, name),
  CONSTRAINT fk_calendars_tenant FOREIGN KEY (tenant_id) REFERENCES organizations (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE support_groups (
  id               BIGINT AUTO_INCREMENT PRIMARY KEY,
  tenant_id        BIGINT       NOT NULL,
  name             VARCHAR(100) NOT NULL,
  tier             VARCHAR(10)  NOT NULL,
  provider         VARCHAR(10)  NOT NULL,
  partner_id       BIGINT,
  calendar_id      BIGINT,
  created_at       DATETIME(6)  NOT NULL,
  CONSTRAINT uq_support_groups_name UNIQUE (tenant_id, name),
  CONSTRAINT fk_support_groups_tenant FOREIGN KEY (tenant_id) REFERENCES organizations (id),
  CONSTRAINT fk_support_groups_partner FOREIGN KEY (partner_id) REFERENCES organizations (id),
  CONSTRAINT fk_support_groups_calendar FOREIGN KEY (calendar_id) REFERENCES calendars (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE applications (
  id               BIGINT AUTO_INCREMENT PRIMARY KEY,
  tenant_id        BIGINT       NOT NULL,
  name             VARCHAR(150) NOT NULL,
  vendor           VARCHAR(150) NOT NULL,
  category         VARCHAR(40)  NOT NULL,
  criticality      TINYINT      NOT NULL,
  lifecycle        VARCHAR(20)  NOT NULL,
  calendar_id      BIGINT       NOT NULL,
  created_at       DATETIME(6)  NOT NULL,
  CONSTRAINT uq_applications_name UNIQUE (tenant_id, name),
  CONSTRAINT fk_applications_tenant FOREIGN KEY (tenant_id) REFERENCES organizations (id),
  CONSTRAINT fk_applications_calendar FOREIGN KEY (calendar_id) REFERENCES calendars (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- Desk routing: which L1 group receives an application's new tickets.
CREATE TABLE application_routes (
  application_id  BIGINT PRIMARY KEY,
  l1_group_id     BIGINT NOT NULL,
  CONSTRAINT fk_routes_application FOREIGN KEY (application_id) REFERENCES applications (id),
  CONSTRAINT fk_routes_group FOREIGN KEY (l1_group_id) REFERENCES support_groups (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE staff_members (
  id                     BIGINT AUTO_INCREMENT PRIMARY KEY,
  tenant_id              BIGINT       NOT NULL,
  employer_id            BIGINT       NOT NULL,
  user_account_id        BIGINT,
  name                   VARCHAR(200) NOT NULL,
  email                  VARCHAR(254),
  kind                   VARCHAR(12)  NOT NULL,
  team                   VARCHAR(100),
  zone                   VARCHAR(64)  NOT NULL,
  weekly_capacity_hours  DECIMAL(5,1) NOT NULL,
  created_at             DATETIME(6)  NOT NULL,
  CONSTRAINT fk_staff_tenant FOREIGN KEY (tenant_id) REFERENCES organizations (id),
  CONSTRAINT fk_staff_employer FOREIGN KEY (employer_id) REFERENCES organizations (id),
  CONSTRAINT fk_staff_user FOREIGN KEY (user_account_id) REFERENCES user_accounts (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE group_members (
  group_id  BIGINT NOT NULL,
  staff_id  BIGINT NOT NULL,
  PRIMARY KEY (group_id, staff_id),
  CONSTRAINT fk_group_members_group FOREIGN KEY (group_id) REFERENCES support_groups (id),
  CONSTRAINT fk_group_members_staff FOREIGN KEY (staff_id) REFERENCES staff_members (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE skills (
  staff_id        BIGINT      NOT NULL,
  application_id  BIGINT      NOT NULL,
  level           TINYINT     NOT NULL,
  verified_at     DATETIME(6),
  PRIMARY KEY (staff_id, application_id),
  CONSTRAINT fk_skills_staff FOREIGN KEY (staff_id) REFERENCES staff_members (id),
  CONSTRAINT fk_skills_application FOREIGN KEY (application_id) REFERENCES applications (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE ticket_sequences (
  tenant_id   BIGINT      NOT NULL,
  type        VARCHAR(20) NOT NULL,
  next_value  BIGINT      NOT NULL,
  PRIMARY KEY (tenant_id, type)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE tickets (
  id              BIGINT AUTO_INCREMENT PRIMARY KEY,
  tenant_id       BIGINT       NOT NULL,
  number          VARCHAR(20)  NOT NULL,
  type            VARCHAR(20)  NOT NULL,
  title           VARCHAR(200) NOT NULL,
  description     TEXT         NOT NULL,
  application_id  BIGINT       NOT NULL,
  impact          TINYINT      NOT NULL,
  urgency         TINYINT      NOT NULL,
  priority        VARCHAR(2)   NOT NULL,
  status          VARCHAR(20)  NOT NULL,
  pending_reason  VARCHAR(20),
  tier            VARCHAR(10)  NOT NULL,
  group_id        BIGINT,
  assignee_id     BIGINT,
  requester_id    BIGINT       NOT NULL,
  phi             BOOLEAN      NOT NULL DEFAULT FALSE,
  version         BIGINT       NOT NULL DEFAULT 0,
  created_at      DATETIME(6)  NOT NULL,
  updated_at      DATETIME(6)  NOT NULL,
  resolved_at     DATETIME(6),
  closed_at       DATETIME(6),
  CONSTRAINT uq_tickets_number UNIQUE (tenant_id, number),
  CONSTRAINT fk_tickets_tenant FOREIGN KEY (tenant_id) REFERENCES organizations (id),
  CONSTRAINT fk_tickets_application FOREIGN KEY (application_id) REFERENCES applications (id),
  CONSTRAINT fk_tickets_group FOREIGN KEY (group_id) REFERENCES support_groups (id),
  CONSTRAINT fk_tickets_assignee FOREIGN KEY (assignee_id) REFERENCES staff_members (id),
  CONSTRAINT fk_tickets_requester FOREIGN KEY (requester_id) REFERENCES user_accounts (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE INDEX ix_tickets_queue ON tickets (tenant_id, group_id, status, created_at);
CREATE INDEX ix_tickets_requester ON tickets (tenant_id, requester_id, created_at);
CREATE INDEX ix_tickets_application ON tickets (tenant_id, application_id, created_at);

-- One row per seeded data set, so a restart never seeds twice.
CREATE TABLE demo_seeds (
  name        VARCHAR(50) PRIMARY KEY,
  seed        BIGINT      NOT NULL,
  seeded_at   DATETIME(6) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
