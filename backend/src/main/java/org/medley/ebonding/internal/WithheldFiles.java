package org.medley.ebonding.internal;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.inject.Singleton;
import java.time.Instant;
import org.medley.desk.TicketFiles;

/**
 * Makes a file {@link FileSharing} kept from a partner desk visible where a hospital looks: a line
 * on the ticket's audit trail (the agent sees the file was not shared, and with whom), a line in
 * the connector's audit (the admin sees it among the desk's operations), and the {@code
 * medley.ebonding.withheld} counter. Runs in the caller's transaction.
 */
@Singleton
class WithheldFiles {

  private final TicketFiles files;
  private final DeskSyncStore sync;
  private final Counter withheld;

  WithheldFiles(TicketFiles files, DeskSyncStore sync, MeterRegistry meters) {
    this.files = files;
    this.sync = sync;
    this.withheld =
        Counter.builder("medley.ebonding.withheld")
            .description(
                "Files not sent to a partner desk: PHI ticket, no business associate agreement")
            .register(meters);
  }

  void record(
      long tenantId,
      long ticketId,
      String ticketNumber,
      long attachmentId,
      long connectorId,
      String desk,
      Instant at) {
    String why = FileSharing.withheldReason(desk);
    files.withheld(tenantId, ticketId, attachmentId, "E-bonding: " + desk, why);
    sync.audit(
        tenantId,
        connectorId,
        "E-bonding",
        at,
        "ATTACHMENT_WITHHELD",
        null,
        "Ticket " + ticketNumber + ", attachment " + attachmentId + ": " + why);
    withheld.increment();
  }
}
