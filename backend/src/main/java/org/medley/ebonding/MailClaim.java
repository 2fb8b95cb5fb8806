package org.medley.ebonding;

import org.medley.integrations.api.InboundMail;

/**
 * The seam for mail that is not the service desk's: a feature that owns some mail (a vendor's
 * answers on its escalated cases, mail from a vendor contact) claims it before the support mailbox
 * would open a ticket or comment with it. Each implementation is asked in turn, once per mail,
 * inside the transaction that keys the mail on its Message-ID (so a claimed mail is handled once,
 * like any other); the first that returns true has taken it. Medley's own mail is dropped before
 * any claim is asked; a machine's mail ({@link InboundMail#automatic()} not null, e.g. a vendor
 * desk's acknowledgement) is offered, and a claim must never answer it (that is how mail loops
 * start).
 */
public interface MailClaim {

  /**
   * Whether this feature takes the mail (and has handled it, in the caller's transaction).
   *
   * @param tenantId the hospital whose mailbox read it
   * @param connectorId the mailbox connector that read it
   */
  boolean claim(long tenantId, long connectorId, InboundMail mail);
}
