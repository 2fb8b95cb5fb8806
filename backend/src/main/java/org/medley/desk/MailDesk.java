package org.medley.desk;

import io.micronaut.core.annotation.Nullable;
import java.util.Optional;

/**
 * What a support mailbox does to tickets, always as the person who wrote the mail (their account),
 * so access rules, routing, notices, SLA and the audit trail are those of the portal: a new mail
 * opens a ticket, a reply is a PUBLIC comment, its files are attachments checked as uploads are.
 */
public interface MailDesk {

  /** A ticket as a mail is matched to it. */
  record TicketRef(long id, String number, long requesterId, TicketStatus status) {}

  /** The tenant's ticket with this number (e.g. {@code INC-000123}). */
  Optional<TicketRef> byNumber(long tenantId, String number);

  /** The tenant's ticket. */
  Optional<TicketRef> ticket(long tenantId, long ticketId);

  /**
   * Opens an incident as the account, routed by the routing rules (into {@code groupId} when given
   * and the tenant has it).
   */
  TicketRef open(long accountId, String title, String description, @Nullable Long groupId);

  /** A PUBLIC comment as the account; refused (as in the portal) when the ticket takes none. */
  void reply(long accountId, long ticketId, String body);

  /** Attaches a PUBLIC file as the account; refused as an upload would be. */
  void attach(long accountId, long ticketId, String name, byte[] content);

  /**
   * Why a file would be refused as an attachment (too large, empty, a type the desk does not take),
   * or null when it would be accepted.
   */
  @Nullable
  String refusal(String name, byte[] content);

  /** The largest file a ticket takes, in bytes. */
  long maxAttachmentBytes();
}
