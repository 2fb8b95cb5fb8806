package org.medley.ebonding.internal;

import static org.medley.platform.JdbcRows.bindAll;

import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.json.JsonMapper;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.medley.ebonding.internal.ConnectorStore.PublicAuth;
import org.medley.ebonding.internal.ConnectorStore.Row;
import org.medley.ebonding.internal.HubRegistration.HubState;
import org.medley.integrations.api.DeskConnection;
import org.medley.integrations.api.DeskGateway;
import org.medley.integrations.api.DeskKind;
import org.medley.integrations.api.DeskRefused;
import org.medley.integrations.api.DeskUnavailable;
import org.medley.outbox.Outbox;
import org.medley.outbox.OutboxDeadLetters;
import org.medley.outbox.OutboxEvent;
import org.medley.outbox.OutboxHandler;
import org.medley.platform.JdbcRows;

/**
 * Medley's listener at the event hub of each partner desk that pushes (a TMF621 API): asked for in
 * the transaction that creates, changes or deletes the connector ({@link HubRegistration} says
 * when), carried by the outbox as {@code ebonding.hub} events under the ordering key {@code
 * hub:<connector>:} (so a removal and the registration after it go in that order), retried on the
 * connector's backoff while the hub is down, parked when it refuses (the connector's next change
 * that asks the hub again discards what was parked). Each event carries the connection it must use,
 * its secrets sealed as in the connector's row, because a removal happens after the connector
 * changed or was deleted (and its secrets wiped). {@code desk_hub_subscriptions} keeps the hub's id
 * of the registration and where it stands.
 *
 * <p>At least once: a registration whose answer is lost is made again, so a hub may hold two
 * listeners for a while; the webhook applies each desk event once however often it arrives.
 */
@Singleton
class HubSubscriptions implements OutboxHandler {

  static final String TYPE = "ebonding.hub";

  /** What a connector's registration stands at, for its operations view. */
  @Serdeable
  record View(
      HubState state,
      @Nullable String hubId,
      @Nullable String hubUrl,
      String callback,
      @Nullable String lastError,
      @Nullable Instant lastErrorAt,
      Instant changedAt) {}

  enum Action {
    SUBSCRIBE,
    UNSUBSCRIBE
  }

  /** The connection an event uses, its secret sealed. */
  @Serdeable
  record Snapshot(
      DeskKind kind,
      String name,
      String baseUrl,
      DeskConnection.Auth.Type authType,
      PublicAuth publicAuth,
      @Nullable String authSecret,
      Map<String, String> settings) {}

  @Serdeable
  record Payload(
      long tenantId, long connectorId, Action action, String callback, Snapshot snapshot) {}

  private final JdbcOperations jdbc;
  private final Outbox outbox;
  private final OutboxDeadLetters deadLetters;
  private final StoredConnectors connectors;
  private final DeskGateway gateway;
  private final TransactionOperations<Connection> transactions;
  private final JsonMapper json;
  private final Clock clock;
  private final String publicUrl;

  HubSubscriptions(
      JdbcOperations jdbc,
      Outbox outbox,
      OutboxDeadLetters deadLetters,
      StoredConnectors connectors,
      DeskGateway gateway,
      TransactionOperations<Connection> transactions,
      JsonMapper json,
      Clock clock,
      @Value("${medley.public-url:`http://localhost:8080`}") String publicUrl) {
    this.jdbc = jdbc;
    this.outbox = outbox;
    this.deadLetters = deadLetters;
    this.connectors = connectors;
    this.gateway = gateway;
    this.transactions = transactions;
    this.json = json;
    this.clock = clock;
    this.publicUrl = publicUrl;
  }

  /**
   * A connector was created ({@code before} null), changed, or deleted ({@code after} null): asks
   * for what its hub registration needs, in the caller's transaction.
   */
  void changed(@Nullable Row before, @Nullable Row after) {
    Row any = after != null ? after : before;
    if (any == null) {
      return;
    }
    Optional<View> current = view(any.id());
    List<HubRegistration.Step> steps =
        HubRegistration.plan(target(before), target(after), current.map(View::state).orElse(null));
    if (steps.isEmpty()) {
      return;
    }
    if (current.map(View::state).orElse(null) == HubState.FAILED) {
      // The hub refused the last request for good: it is parked and would hold back the new ones
      // of the same key. The admin's change supersedes it.
      for (OutboxDeadLetters.DeadLetter parked :
          deadLetters.list(any.tenantId(), TYPE, orderingKey(any.id()), 0, 100).items()) {
        deadLetters.discard(any.tenantId(), TYPE, parked.eventId());
      }
    }
    String callback = ConnectorAdmin.webhookUrl(publicUrl, any.id());
    HubState asked = HubState.UNSUBSCRIBING;
    for (HubRegistration.Step step : steps) {
      Row row = step == HubRegistration.Step.UNSUBSCRIBE_BEFORE ? before : after;
      Action action =
          step == HubRegistration.Step.UNSUBSCRIBE_BEFORE ? Action.UNSUBSCRIBE : Action.SUBSCRIBE;
      outbox.append(
          any.tenantId(),
          "connector",
          any.id(),
          TYPE,
          new Payload(any.tenantId(), any.id(), action, callback, snapshot(row)),
          orderingKey(any.id()));
      if (action == Action.SUBSCRIBE) {
        asked = HubState.SUBSCRIBING;
      }
    }
    Instant now = clock.instant();
    String state = asked.name();
    jdbc.prepareStatement(
        "INSERT INTO desk_hub_subscriptions (connector_id, tenant_id, state, callback, changed_at)"
            + " VALUES (?,?,?,?,?) ON DUPLICATE KEY UPDATE state = VALUES(state),"
            + " callback = VALUES(callback), changed_at = VALUES(changed_at)",
        statement -> {
          bindAll(statement, any.id(), any.tenantId(), state, callback, now);
          return statement.executeUpdate();
        });
  }

  /** The connector's registration, if one was ever asked for. */
  Optional<View> view(long connectorId) {
    return jdbc.prepareStatement(
        "SELECT state, hub_id, hub_url, callback, last_error, last_error_at, changed_at"
            + " FROM desk_hub_subscriptions WHERE connector_id = ?",
        statement -> {
          bindAll(statement, connectorId);
          try (ResultSet rows = statement.executeQuery()) {
            return rows.next()
                ? Optional.of(
                    new View(
                        HubState.valueOf(rows.getString(1)),
                        rows.getString(2),
                        rows.getString(3),
                        rows.getString(4),
                        rows.getString(5),
                        JdbcRows.instant(rows, 6),
                        JdbcRows.instant(rows, 7)))
                : Optional.empty();
          }
        });
  }

  /** {@code hub:<connectorId>:} (the colon keeps {@code hub:1:} from matching {@code hub:12:}). */
  static String orderingKey(long connectorId) {
    return "hub:" + connectorId + ":";
  }

  // ---- delivery (outside any transaction) ---------------------------------------------------

  @Override
  public Set<String> types() {
    return Set.of(TYPE);
  }

  @Override
  public void deliver(OutboxEvent event) throws Park {
    Payload payload = payload(event);
    DeskConnection connection = connection(payload);
    String hubUrl = hubUrl(payload.snapshot().baseUrl(), payload.snapshot().settings());
    Optional<View> current = read(payload.connectorId());
    try {
      if (payload.action() == Action.SUBSCRIBE) {
        if (current.isPresent()
            && current.get().hubId() != null
            && hubUrl.equals(current.get().hubUrl())) {
          subscribed(payload.connectorId(), current.get().hubId(), hubUrl); // a repeat
          return;
        }
        String hubId = gateway.subscribe(connection, payload.callback());
        subscribed(payload.connectorId(), hubId, hubUrl);
      } else {
        if (current.isPresent()
            && current.get().hubId() != null
            && hubUrl.equals(current.get().hubUrl())) {
          gateway.unsubscribe(connection, current.get().hubId());
        }
        unsubscribed(payload.connectorId());
      }
    } catch (DeskRefused | UnsupportedOperationException refused) {
      failed(payload.connectorId(), refused.getMessage(), true);
      throw new Park(refused.getMessage(), refused);
    } catch (DeskUnavailable unavailable) {
      failed(payload.connectorId(), unavailable.getMessage(), false);
      throw unavailable;
    }
  }

  @Override
  public Duration backoff(OutboxEvent event, int attempts) {
    return StoredConnectors.delivery(payload(event).snapshot().settings()).backoff(attempts);
  }

  @Override
  public OptionalInt maxAttempts(OutboxEvent event) {
    return OptionalInt.of(
        StoredConnectors.delivery(payload(event).snapshot().settings()).maxAttempts());
  }

  private Optional<View> read(long connectorId) {
    return transactions.executeRead(status -> view(connectorId));
  }

  private void subscribed(long connectorId, String hubId, String hubUrl) {
    write(
        "UPDATE desk_hub_subscriptions SET hub_id = ?, hub_url = ?, last_error = NULL,"
            + " last_error_at = NULL, changed_at = ?,"
            + " state = CASE WHEN state = 'UNSUBSCRIBING' THEN state ELSE 'SUBSCRIBED' END"
            + " WHERE connector_id = ?",
        hubId,
        hubUrl,
        clock.instant(),
        connectorId);
  }

  private void unsubscribed(long connectorId) {
    write(
        "UPDATE desk_hub_subscriptions SET hub_id = NULL, hub_url = NULL, last_error = NULL,"
            + " last_error_at = NULL, changed_at = ?,"
            + " state = CASE WHEN state IN ('UNSUBSCRIBING', 'FAILED') THEN 'UNSUBSCRIBED'"
            + " ELSE state END WHERE connector_id = ?",
        clock.instant(),
        connectorId);
  }

  private void failed(long connectorId, @Nullable String error, boolean forGood) {
    String text = error == null ? "failed" : error;
    write(
        "UPDATE desk_hub_subscriptions SET last_error = ?, last_error_at = ?"
            + (forGood ? ", state = 'FAILED'" : "")
            + " WHERE connector_id = ?",
        text.length() > 2000 ? text.substring(0, 1999) + "…" : text,
        clock.instant(),
        connectorId);
  }

  private void write(String sql, Object... parameters) {
    transactions.executeWrite(
        status ->
            jdbc.prepareStatement(
                sql,
                statement -> {
                  bindAll(statement, parameters);
                  return statement.executeUpdate();
                }));
  }

  // ---- connections ---------------------------------------------------------------------------

  /** Where {@code row} listens, or null when it does not (none, deleted, another kind, off). */
  private @Nullable HubRegistration.Target target(@Nullable Row row) {
    if (row == null
        || !gateway.hubListener(row.kind())
        || "false".equalsIgnoreCase(row.settings().getOrDefault("hubSubscription", "true"))) {
      return null;
    }
    return new HubRegistration.Target(
        hubUrl(row.baseUrl(), row.settings()), connectors.current(row).auth());
  }

  /** The hub's address, for telling registrations apart: base URL and base path. */
  private static String hubUrl(String baseUrl, Map<String, String> settings) {
    String base = baseUrl.replaceAll("/+$", "");
    String path = settings.getOrDefault("basePath", "/tmf-api/troubleTicket/v4");
    return base + (path.startsWith("/") ? "" : "/") + path.replaceAll("/+$", "") + "/hub";
  }

  private static Snapshot snapshot(Row row) {
    return new Snapshot(
        row.kind(),
        row.name(),
        row.baseUrl(),
        row.authType(),
        row.publicAuth(),
        row.authSecret(),
        row.settings());
  }

  private DeskConnection connection(Payload payload) {
    Snapshot s = payload.snapshot();
    Instant now = clock.instant();
    return connectors.connection(
        new Row(
            payload.connectorId(),
            payload.tenantId(),
            s.kind(),
            s.name(),
            "",
            s.baseUrl(),
            s.authType(),
            s.publicAuth(),
            s.authSecret(),
            null,
            s.settings(),
            DeskConnection.StatusMap.DEFAULTS,
            now,
            now,
            0));
  }

  private Payload payload(OutboxEvent event) {
    try {
      return json.readValue(event.payload(), Payload.class);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
