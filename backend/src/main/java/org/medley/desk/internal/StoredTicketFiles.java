package org.medley.desk.internal;

import jakarta.inject.Singleton;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.medley.desk.TicketFiles;

/** {@link TicketFiles} on the attachment tables, each file checked to be the tenant's ticket's. */
@Singleton
class StoredTicketFiles implements TicketFiles {

  private final TicketStore tickets;
  private final AttachmentStore store;
  private final Clock clock;

  StoredTicketFiles(TicketStore tickets, AttachmentStore store, Clock clock) {
    this.tickets = tickets;
    this.store = store;
    this.clock = clock;
  }

  @Override
  public Optional<File> file(long tenantId, long ticketId, long attachmentId) {
    return meta(tenantId, ticketId, attachmentId)
        .map(
            meta ->
                new File(
                    meta.id(),
                    meta.filename(),
                    meta.contentType(),
                    meta.sha256(),
                    meta.visibility(),
                    store.content(meta.id())));
  }

  @Override
  public void withheld(long tenantId, long ticketId, long attachmentId, String actor, String why) {
    meta(tenantId, ticketId, attachmentId)
        .ifPresent(
            meta ->
                tickets.audit(
                    tenantId,
                    ticketId,
                    Actor.system(actor),
                    clock.instant(),
                    List.of(
                        new Change(
                            "ATTACHMENT_WITHHELD", "attachment", null, meta.filename(), why))));
  }

  private Optional<AttachmentStore.Meta> meta(long tenantId, long ticketId, long attachmentId) {
    return tickets
        .find(tenantId, ticketId)
        .flatMap(ticket -> store.find(ticket.id(), attachmentId));
  }
}
