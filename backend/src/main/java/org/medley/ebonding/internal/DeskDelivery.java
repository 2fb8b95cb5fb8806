package org.medley.ebonding.internal;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micronaut.context.annotation.Requires;
import io.micronaut.json.JsonMapper;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.medley.desk.ExternalReferences;
import org.medley.desk.TicketContents;
import org.medley.desk.TicketFiles;
import org.medley.ebonding.internal.ConnectorDirectory.Connector;
import org.medley.integrations.Desks;
import org.medley.integrations.api.DeskFile;
import org.medley.integrations.api.DeskGateway;
import org.medley.integrations.api.DeskReceipt;
import org.medley.integrations.api.DeskRefused;
import org.medley.integrations.api.DeskUnavailable;
import org.medley.integrations.api.DeskUpdate;
import org.medley.outbox.OutboxDeadLetters;
import org.medley.outbox.OutboxEvent;
import org.medley.outbox.OutboxHandler;

/**
 * Carries {@code ebonding.deliver} events to their partner desk through the {@link DeskGateway},
 * outside any transaction. The desk's ticket id comes from the ticket's external reference under
 * the connector's {@code refSystem}; a CREATE's receipt is recorded there (and in {@code
 * desk_sync}) before the next event of the same ticket and desk goes, which the outbox's ordering
 * key guarantees. A CREATE for a ticket the desk already knows (taken back, then handed over again)
 * goes as an UPDATE. The desk refusing ({@link DeskRefused}) parks the event with its answer; the
 * desk being unavailable retries it on the connector's own backoff; a deleted connector parks it.
 * An ATTACHMENT loads the file's bytes here, never earlier, after asking {@link FileSharing} again
 * with the ticket's PHI flag as it is now: a file withheld now is recorded ({@link WithheldFiles})
 * and the event is done.
 */
@Singleton
@Requires(beans = ConnectorDirectory.class)
class DeskDelivery implements OutboxHandler {

  private final ConnectorDirectory directory;
  private final DeskGateway gateway;
  private final ExternalReferences references;
  private final DeskSyncStore sync;
  private final TransactionOperations<Connection> transactions;
  private final JsonMapper json;
  private final Clock clock;
  private final MeterRegistry meters;
  private final Duration longestCall;
  private final TicketFiles files;
  private final TicketContents contents;
  private final WithheldFiles withheld;

  DeskDelivery(
      ConnectorDirectory directory,
      DeskGateway gateway,
      ExternalReferences references,
      DeskSyncStore sync,
      TransactionOperations<Connection> transactions,
      JsonMapper json,
      Clock clock,
      MeterRegistry meters,
      OutboxDeadLetters outbox,
      Desks.Settings http,
      TicketFiles files,
      TicketContents contents,
      WithheldFiles withheld) {
    this.directory = directory;
    this.gateway = gateway;
    this.references = references;
    this.sync = sync;
    this.transactions = transactions;
    this.json = json;
    this.clock = clock;
    this.meters = meters;
    this.longestCall = http.longestCall();
    this.files = files;
    this.contents = contents;
    this.withheld = withheld;
    Gauge.builder("medley.ebonding.pending", outbox, o -> o.pending(DeskDeliveryPayload.TYPE))
        .description("E-bonding updates waiting for their partner desk (dead letters excluded)")
        .register(meters);
  }

  @Override
  public Set<String> types() {
    return Set.of(DeskDeliveryPayload.TYPE);
  }

  @Override
  public void deliver(OutboxEvent event) throws Park {
    DeskDeliveryPayload payload = payload(event);
    Connector connector =
        directory
            .find(payload.tenantId(), payload.connectorId())
            .orElseThrow(
                () ->
                    new Park(
                        "Connector "
                            + payload.connectorId()
                            + " was deleted: nothing can deliver this update any more."));
    String kindTag = connector.connection().kind().name();
    Optional<String> known =
        references.externalId(payload.tenantId(), payload.ticketId(), connector.refSystem());
    DeskUpdate.Kind kind = payload.kind();
    if (kind == DeskUpdate.Kind.CREATE && known.isPresent()) {
      kind = DeskUpdate.Kind.UPDATE; // the desk knows the ticket from an earlier hand-over
    }
    if (kind != DeskUpdate.Kind.CREATE && known.isEmpty()) {
      String why =
          connector.connection().name()
              + " has no ticket for "
              + payload.ticketNumber()
              + " (its creation was not delivered): nothing to "
              + kind.name().toLowerCase().replace('_', ' ')
              + ".";
      failed(payload, why);
      count("medley.ebonding.parked", kindTag);
      throw new Park(why);
    }
    DeskFile file = null;
    if (kind == DeskUpdate.Kind.ATTACHMENT) {
      Optional<DeskFile> shared = file(payload, connector);
      if (shared.isEmpty()) {
        return; // withheld now, and recorded: nothing to send
      }
      file = shared.get();
    }
    DeskReceipt receipt;
    try {
      receipt =
          gateway.deliver(
              connector.connection(),
              payload.update(event.eventId(), kind, known.orElse(null), file));
    } catch (DeskRefused e) {
      String answer = e.getMessage();
      failed(payload, answer);
      count("medley.ebonding.parked", kindTag);
      throw new Park(answer, e);
    } catch (DeskUnavailable e) {
      failed(payload, e.getMessage());
      count("medley.ebonding.failed", kindTag);
      throw e;
    }
    Instant now = clock.instant();
    String externalId =
        receipt != null && receipt.externalId() != null ? receipt.externalId() : known.orElse(null);
    transactions.executeWrite(
        status -> {
          if (externalId != null) {
            if (known.isEmpty() || !known.get().equals(externalId)) {
              references.record(
                  payload.tenantId(),
                  payload.ticketId(),
                  connector.refSystem(),
                  externalId,
                  connector.connection().name());
            }
            sync.synced(
                payload.tenantId(),
                payload.ticketId(),
                payload.connectorId(),
                externalId,
                receipt == null ? null : receipt.display(),
                now);
          }
          return null;
        });
    count("medley.ebonding.delivered", kindTag);
    Timer.builder("medley.ebonding.commit.to.ack")
        .description("From the commit of a ticket change to the partner desk's acknowledgement")
        .tag("kind", kindTag)
        .publishPercentiles(0.5, 0.99)
        .register(meters)
        .record(Duration.between(event.createdAt(), now));
  }

  /** One desk call, all its quick tries included (the outbox lease must be twice as long). */
  @Override
  public Duration longestCall() {
    return longestCall;
  }

  /**
   * The file to send, loaded now; empty when {@link FileSharing} withholds it with the ticket as it
   * is now (recorded as withheld).
   */
  private Optional<DeskFile> file(DeskDeliveryPayload payload, Connector connector) throws Park {
    long tenant = payload.tenantId();
    long attachmentId = payload.attachmentId() == null ? -1 : payload.attachmentId();
    boolean phi =
        transactions.executeRead(
            status ->
                contents
                    .content(tenant, payload.ticketId())
                    .map(TicketContents.Content::phi)
                    .orElse(true));
    if (!FileSharing.shared(phi, Boolean.TRUE.equals(payload.phiCleared()))) {
      transactions.executeWrite(
          status -> {
            withheld.record(
                tenant,
                payload.ticketId(),
                payload.ticketNumber(),
                attachmentId,
                connector.id(),
                connector.connection().name(),
                clock.instant());
            return null;
          });
      return Optional.empty();
    }
    Optional<TicketFiles.File> found =
        transactions.executeRead(status -> files.file(tenant, payload.ticketId(), attachmentId));
    if (found.isEmpty()) {
      throw new Park(
          "Attachment "
              + attachmentId
              + " of "
              + payload.ticketNumber()
              + " is not there any more: nothing to send.");
    }
    TicketFiles.File stored = found.get();
    return Optional.of(
        new DeskFile(
            stored.id(),
            stored.filename(),
            stored.contentType(),
            stored.sha256(),
            stored.content()));
  }

  @Override
  public Duration backoff(OutboxEvent event, int attempts) {
    return connector(event)
        .map(c -> c.delivery().backoff(attempts))
        .orElse(ConnectorDirectory.Delivery.DEFAULTS.backoff(attempts));
  }

  @Override
  public OptionalInt maxAttempts(OutboxEvent event) {
    return OptionalInt.of(
        connector(event)
            .map(c -> c.delivery().maxAttempts())
            .orElse(ConnectorDirectory.Delivery.DEFAULTS.maxAttempts()));
  }

  private Optional<Connector> connector(OutboxEvent event) {
    DeskDeliveryPayload payload = payload(event);
    return directory.find(payload.tenantId(), payload.connectorId());
  }

  private void failed(DeskDeliveryPayload payload, String error) {
    transactions.executeWrite(
        status -> {
          sync.failed(
              payload.tenantId(),
              payload.ticketId(),
              payload.connectorId(),
              error == null ? "failed" : error,
              clock.instant());
          return null;
        });
  }

  private void count(String name, String kind) {
    Counter.builder(name).tag("kind", kind).register(meters).increment();
  }

  private DeskDeliveryPayload payload(OutboxEvent event) {
    try {
      return json.readValue(event.payload(), DeskDeliveryPayload.class);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
