package org.medley.desk.internal;

import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.exceptions.HttpStatusException;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import org.medley.desk.TicketEvent;
import org.medley.desk.TicketStatus;
import org.medley.identity.Caller;
import org.medley.identity.PhiAccessLog;
import org.medley.platform.Refused;
import org.medley.platform.RetryLockConflicts;

/**
 * Files on tickets. Whoever may comment on a ticket may attach to it, under the same rules: the
 * requester and the people working it; INTERNAL files are the hospital desk's own, like internal
 * notes. Whoever may see the ticket may list and download its files (INTERNAL ones: the desk only).
 * Every upload is a line in the ticket's audit trail. An upload takes its turn on the ticket like
 * any write ({@link TicketStore#lock}) and needs no version: it only adds.
 */
@Singleton
@RetryLockConflicts
class AttachmentDesk {

  private final TicketGate gate;
  private final TicketStore tickets;
  private final TicketWrites writes;
  private final AttachmentStore store;
  private final AttachmentPolicy policy;
  private final Clock clock;

  AttachmentDesk(
      TicketGate gate,
      TicketStore tickets,
      TicketWrites writes,
      AttachmentStore store,
      Clock clock,
      @Value("${medley.desk.attachments.max-bytes:10485760}") long maxBytes) {
    this.gate = gate;
    this.tickets = tickets;
    this.writes = writes;
    this.store = store;
    this.policy = new AttachmentPolicy(maxBytes);
    this.clock = clock;
  }

  @Serdeable
  record AttachmentView(
      long id,
      String filename,
      String contentType,
      long sizeBytes,
      String sha256,
      String visibility,
      String uploadedBy,
      Instant createdAt) {}

  /** A refused file: 413 when too large, 415 for a type the desk does not take, 400 if empty. */
  static final class FileRefused extends RuntimeException {
    final HttpStatus status;

    FileRefused(HttpStatus status, String message) {
      super(message, null, false, false);
      this.status = status;
    }
  }

  record Download(AttachmentView meta, byte[] content) {}

  long maxBytes() {
    return policy.maxBytes();
  }

  @Transactional
  AttachmentView attach(
      Caller caller, long ticketId, String filename, byte[] content, @Nullable String visibility) {
    tickets.lock(caller.tenantId(), ticketId);
    TicketGate.Context context = gate.context(caller);
    Ticket ticket = gate.visible(context, ticketId);
    boolean worker = gate.canWork(context, ticket);
    boolean requester = context.access().requester(ticket);
    String shown = visibility == null ? "PUBLIC" : visibility;
    if ("INTERNAL".equals(shown) && !context.access().seesInternal()) {
      throw Refused.invalid("visibility", "only the hospital's desk attaches INTERNAL files");
    }
    if (!worker && !requester) {
      throw new HttpStatusException(
          HttpStatus.FORBIDDEN, "You can read this ticket but not attach files to it.");
    }
    if (!ticket.open() && ticket.status() != TicketStatus.RESOLVED) {
      throw Refused.conflict("A " + ticket.status() + " ticket takes no more attachments.");
    }
    AttachmentPolicy.Verdict verdict = policy.check(filename, content);
    if (verdict instanceof AttachmentPolicy.Refused refused) {
      throw new FileRefused(
          refused.tooLarge()
              ? HttpStatus.REQUEST_ENTITY_TOO_LARGE
              : refused.empty() ? HttpStatus.BAD_REQUEST : HttpStatus.UNSUPPORTED_MEDIA_TYPE,
          refused.reason());
    }
    AttachmentPolicy.Accepted file = ((AttachmentPolicy.Ok) verdict).file();
    Instant now = clock.instant();
    String sha256 = sha256(content);
    long id =
        store.insert(
            ticket.tenantId(),
            ticket.id(),
            file.filename(),
            file.contentType(),
            sha256,
            shown,
            context.actor(),
            content,
            now);
    tickets.audit(
        ticket.tenantId(),
        ticket.id(),
        context.actor(),
        now,
        List.of(
            new Change(
                "ATTACHED",
                "attachment",
                null,
                file.filename(),
                shown + ", " + file.contentType() + ", " + content.length + " bytes")));
    writes.publish(
        new TicketEvent.Attached(
            writes.snapshot(ticket), now, id, file.filename(), shown, context.actor().name()));
    return new AttachmentView(
        id,
        file.filename(),
        file.contentType(),
        content.length,
        sha256,
        shown,
        context.actor().name(),
        now);
  }

  @Transactional
  List<AttachmentView> list(Caller caller, long ticketId) {
    TicketGate.Context context = gate.context(caller);
    Ticket ticket = gate.visible(context, ticketId);
    return store.list(ticket.id(), !context.access().seesInternal()).stream()
        .map(meta -> view(meta, context))
        .toList();
  }

  @Transactional
  Download download(Caller caller, long ticketId, long attachmentId) {
    TicketGate.Context context = gate.context(caller);
    Ticket ticket = gate.visible(context, ticketId);
    AttachmentStore.Meta meta =
        store
            .find(ticket.id(), attachmentId)
            .filter(m -> "PUBLIC".equals(m.visibility()) || context.access().seesInternal())
            .orElseThrow(
                () -> new HttpStatusException(HttpStatus.NOT_FOUND, "No such attachment."));
    if (ticket.phi() && context.mask() != null) {
      // A photo or a PDF cannot pass the minimum-necessary filter: it is not shared at all.
      throw new HttpStatusException(
          HttpStatus.FORBIDDEN,
          "Files on a ticket with patient information are shared with a partner only under a"
              + " business associate agreement.");
    }
    if (ticket.phi()) {
      // The id, not the name: a file name can carry PHI itself, and the log column is bounded.
      gate.logReads(
          context,
          List.of(
              new PhiAccessLog.Read(
                  ticket.id(), ticket.number(), List.of("attachment " + meta.id()))));
    }
    return new Download(view(meta, context), store.content(meta.id()));
  }

  private static AttachmentView view(AttachmentStore.Meta meta, TicketGate.Context context) {
    return new AttachmentView(
        meta.id(),
        context.shown(meta.filename()),
        meta.contentType(),
        meta.sizeBytes(),
        meta.sha256(),
        meta.visibility(),
        meta.uploadedByName(),
        meta.createdAt());
  }

  private static String sha256(byte[] content) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
