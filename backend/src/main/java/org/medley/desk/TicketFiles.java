package org.medley.desk;

import java.util.Optional;

/**
 * The files of tickets, for e-bonding: read one file's bytes when a partner desk is sent it, and
 * note in the ticket's audit trail when one was not sent. Files are never copied elsewhere; a
 * reader loads them when it needs them.
 */
public interface TicketFiles {

  /**
   * One attached file.
   *
   * @param visibility {@code PUBLIC} or {@code INTERNAL}
   * @param sha256 hex SHA-256 of {@code content}
   */
  record File(
      long id,
      String filename,
      String contentType,
      String sha256,
      String visibility,
      byte[] content) {}

  /** The file of the tenant's ticket, bytes and all; empty when there is no such file. */
  Optional<File> file(long tenantId, long ticketId, long attachmentId);

  /**
   * Records on the ticket's audit trail, as done by {@code actor} (e.g. {@code "E-bonding: Apex
   * RT"}), that the file was not sent to a partner desk, and why. Runs in the caller's transaction
   * when there is one.
   */
  void withheld(long tenantId, long ticketId, long attachmentId, String actor, String why);
}
