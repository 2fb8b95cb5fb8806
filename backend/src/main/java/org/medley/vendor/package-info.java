/**
 * EHR vendor escalation: the hospital's vendor directory (channel, case-number pattern, case mail
 * templates, contacts) and vendor cases, each a ticket's case with one vendor, sent by e-mail
 * through the outbox and answered through the support mailbox ({@link
 * org.medley.ebonding.MailClaim}). Everything that leaves passes {@link
 * org.medley.identity.PhiOutbound}.
 */
package org.medley.vendor;
