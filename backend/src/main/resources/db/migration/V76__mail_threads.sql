-- Mail in and out (issue #20): every Message-ID Medley received from a support mailbox or sent as a
-- notice, once per tenant. Received mails are keyed here before anything else of them is written,
-- in the same transaction, so a mail read twice (a second node, a restart, a lapsed lease) changes
-- nothing the second time. Sent and received ids of a ticket are how a reply finds its ticket
-- (In-Reply-To / References), and the first of them is the root every notice threads under.
CREATE TABLE mail_messages (
  id            BIGINT AUTO_INCREMENT PRIMARY KEY,
  tenant_id     BIGINT        NOT NULL,
  -- Without angle brackets, as in the header.
  message_id    VARCHAR(250)  NOT NULL,
  direction     VARCHAR(3)    NOT NULL,
  ticket_id     BIGINT,
  connector_id  BIGINT,
  -- IN: OPENED, COMMENTED, IGNORED, REFUSED; OUT: SENT.
  outcome       VARCHAR(20)   NOT NULL,
  detail        VARCHAR(500),
  at            DATETIME(6)   NOT NULL,
  CONSTRAINT uq_mail_messages UNIQUE (tenant_id, message_id),
  CONSTRAINT fk_mail_messages_tenant FOREIGN KEY (tenant_id) REFERENCES organizations (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE INDEX ix_mail_messages_ticket ON mail_messages (tenant_id, ticket_id, id);
