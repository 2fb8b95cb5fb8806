package org.medley.ebonding.internal;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.exceptions.HttpStatusException;
import io.micronaut.json.JsonMapper;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.transaction.annotation.ReadOnly;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.medley.desk.TicketContents;
import org.medley.desk.TicketVisibility;
import org.medley.identity.Caller;
import org.medley.integrations.api.DeskGateway;
import org.medley.integrations.api.DeskKind;
import org.medley.market.Engagements;
import org.medley.outbox.OutboxDeadLetters;
import org.medley.outbox.OutboxDeadLetters.DeadLetter;
import org.medley.platform.Refused;

/**
 * What admins see and do of e-bonding deliveries (a connector's health and queue, its dead letters
 * to read, re-drive or discard, each audited), and each ticket's sync state for whoever sees the
 * ticket (a partner's agents: their own desk's line only). Another tenant's ids read as missing.
 */
@Singleton
class EbondingOperations {

  @Serdeable
  record Status(
      long connectorId,
      ConnectorHealth health,
      @Nullable Instant lastSyncAt,
      @Nullable String lastError,
      long queued,
      long failed,
      @Nullable Long oldestPendingAgeSeconds,
      boolean polled,
      @Nullable Instant lastPolledAt,
      @Nullable HubSubscriptions.View hub) {}

  @Serdeable
  record DeadLetterView(
      String eventId,
      long connectorId,
      long ticketId,
      @Nullable String ticketNumber,
      @Nullable String kind,
      int attempts,
      @Nullable String lastError,
      Instant parkedAt,
      Instant createdAt,
      @Nullable String payload) {}

  @Serdeable
  record DeadLetterPage(List<DeadLetterView> items, int page, int size, long total) {}

  @Serdeable
  record SyncLine(
      long connectorId,
      String connectorName,
      @Nullable String externalId,
      @Nullable String display,
      @Nullable Instant lastSyncedAt,
      @Nullable String lastError,
      @Nullable Instant lastErrorAt,
      long pending) {}

  private final OutboxDeadLetters outbox;
  private final DeskSyncStore sync;
  private final DeskGateway gateway;
  private final TicketVisibility visibility;
  private final TicketContents contents;
  private final Engagements engagements;
  private final JsonMapper json;
  private final Clock clock;
  private final HubSubscriptions hubs;
  private final PollStates polls;

  EbondingOperations(
      OutboxDeadLetters outbox,
      DeskSyncStore sync,
      DeskGateway gateway,
      TicketVisibility visibility,
      TicketContents contents,
      Engagements engagements,
      JsonMapper json,
      Clock clock,
      HubSubscriptions hubs,
      PollStates polls) {
    this.polls = polls;
    this.outbox = outbox;
    this.sync = sync;
    this.gateway = gateway;
    this.visibility = visibility;
    this.contents = contents;
    this.engagements = engagements;
    this.json = json;
    this.clock = clock;
    this.hubs = hubs;
  }

  @ReadOnly
  Status status(Caller caller, long connectorId) {
    DeskSyncStore.Named connector = connector(caller, connectorId);
    OutboxDeadLetters.Stats stats =
        outbox.stats(
            caller.tenantId(),
            DeskDeliveryPayload.TYPE,
            DeskDeliveryPayload.connectorPrefix(connectorId));
    if (DeskKind.EMAIL.name().equals(connector.kind())) {
      return mailboxStatus(connectorId);
    }
    DeskSyncStore.Latest latest = sync.latest(connectorId);
    boolean polled = polled(connector.kind());
    HubSubscriptions.View hub = hubs.view(connectorId).orElse(null);
    return new Status(
        connectorId,
        ConnectorHealth.of(
                stats.failed(), stats.oldestPendingAge(), latest.lastSyncAt(), latest.at())
            .with(hub == null ? null : hub.state(), hub == null ? null : hub.lastError()),
        latest.lastSyncAt(),
        latest.lastError(),
        stats.queued(),
        stats.failed(),
        stats.oldestPendingAge() == null ? null : stats.oldestPendingAge().toSeconds(),
        polled,
        polled ? sync.lastPolledAt(connectorId).orElse(null) : null,
        hub);
  }

  /**
   * A support mailbox's health is its latest poll: FAILING while the last read failed (the server
   * is down or refused the sign-in; the error says which), OK once a read succeeds again.
   */
  private Status mailboxStatus(long connectorId) {
    PollStates.PollState state =
        polls.state(connectorId).orElse(new PollStates.PollState(null, null, null, null, null));
    boolean failing = state.lastError() != null;
    return new Status(
        connectorId,
        failing ? ConnectorHealth.FAILING : ConnectorHealth.OK,
        failing ? null : state.lastPolledAt(),
        state.lastError(),
        0,
        0,
        null,
        true,
        state.lastPolledAt(),
        null);
  }

  @ReadOnly
  DeadLetterPage deadLetters(Caller caller, @Nullable Long connectorId, int page, int size) {
    if (connectorId != null) {
      sync.connector(caller.tenantId(), connectorId)
          .orElseThrow(() -> Refused.notFound("connectorId", "no such connector"));
    }
    OutboxDeadLetters.Slice slice =
        outbox.list(
            caller.tenantId(),
            DeskDeliveryPayload.TYPE,
            connectorId == null ? "desk:" : DeskDeliveryPayload.connectorPrefix(connectorId),
            page,
            size);
    return new DeadLetterPage(
        slice.items().stream().map(d -> view(d, false)).toList(), page, size, slice.total());
  }

  @ReadOnly
  DeadLetterView deadLetter(Caller caller, String eventId) {
    return view(find(caller, eventId), true);
  }

  @Transactional
  void redrive(Caller caller, String eventId) {
    DeadLetter letter = find(caller, eventId);
    if (!outbox.redrive(caller.tenantId(), DeskDeliveryPayload.TYPE, letter.eventId())) {
      throw missing();
    }
    sync.audit(
        caller.tenantId(),
        connectorOf(letter),
        caller.displayName(),
        clock.instant(),
        "DEAD_LETTER_REDRIVEN",
        letter.eventId().toString(),
        null);
  }

  @Transactional
  void discard(Caller caller, String eventId, String reason) {
    DeadLetter letter = find(caller, eventId);
    if (!outbox.discard(caller.tenantId(), DeskDeliveryPayload.TYPE, letter.eventId())) {
      throw missing();
    }
    sync.audit(
        caller.tenantId(),
        connectorOf(letter),
        caller.displayName(),
        clock.instant(),
        "DEAD_LETTER_DISCARDED",
        letter.eventId().toString(),
        reason);
  }

  @ReadOnly
  List<SyncLine> ticketSync(Caller caller, long ticketId) {
    if (!visibility.canSee(caller, ticketId)) {
      throw new HttpStatusException(HttpStatus.NOT_FOUND, "No such ticket.");
    }
    List<DeskSyncStore.Line> lines = sync.lines(caller.tenantId(), ticketId);
    if (caller.organizationId() != caller.tenantId()) {
      // A partner's agents see their own desk's line: the one of the engagement holding the ticket.
      Optional<Long> own =
          contents
              .content(caller.tenantId(), ticketId)
              .map(TicketContents.Content::groupId)
              .flatMap(g -> engagements.forGroup(caller.tenantId(), g))
              .filter(e -> e.partnerId() == caller.organizationId())
              .map(Engagements.Ref::connectorId);
      lines = lines.stream().filter(l -> own.isPresent() && own.get() == l.connectorId()).toList();
    }
    return lines.stream()
        .map(
            l ->
                new SyncLine(
                    l.connectorId(),
                    l.connectorName(),
                    l.externalId(),
                    l.display(),
                    l.lastSyncedAt(),
                    l.lastError(),
                    l.lastErrorAt(),
                    outbox.pending(
                        caller.tenantId(),
                        DeskDeliveryPayload.TYPE,
                        DeskDeliveryPayload.orderingKey(l.connectorId(), ticketId))))
        .toList();
  }

  private DeskSyncStore.Named connector(Caller caller, long connectorId) {
    return sync.connector(caller.tenantId(), connectorId)
        .orElseThrow(() -> new HttpStatusException(HttpStatus.NOT_FOUND, "No such connector."));
  }

  private boolean polled(String kind) {
    try {
      return gateway.polled(DeskKind.valueOf(kind));
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  private DeadLetter find(Caller caller, String eventId) {
    UUID id;
    try {
      id = UUID.fromString(eventId);
    } catch (IllegalArgumentException e) {
      throw missing(); // names no event, like an id of another tenant's
    }
    return outbox
        .find(caller.tenantId(), DeskDeliveryPayload.TYPE, id)
        .orElseThrow(EbondingOperations::missing);
  }

  private static HttpStatusException missing() {
    return new HttpStatusException(HttpStatus.NOT_FOUND, "No such dead letter.");
  }

  private static long connectorOf(DeadLetter letter) {
    String key = letter.orderingKey(); // desk:<connector>:<ticket>
    return Long.parseLong(key.substring(5, key.indexOf(':', 5)));
  }

  private DeadLetterView view(DeadLetter letter, boolean withPayload) {
    String number = null;
    String kind = null;
    try {
      DeskDeliveryPayload payload = json.readValue(letter.payload(), DeskDeliveryPayload.class);
      number = payload.ticketNumber();
      kind = payload.kind().name();
    } catch (IOException | RuntimeException e) {
      // an unreadable payload is still shown, raw
    }
    return new DeadLetterView(
        letter.eventId().toString(),
        connectorOf(letter),
        letter.aggregateId(),
        number,
        kind,
        letter.attempts(),
        letter.lastError(),
        letter.parkedAt(),
        letter.createdAt(),
        withPayload ? letter.payload() : null);
  }
}
