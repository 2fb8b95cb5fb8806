package org.medley.ebonding.internal;

import io.micronaut.context.annotation.Primary;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.medley.integrations.Desks;
import org.medley.integrations.api.DeskChange;
import org.medley.integrations.api.DeskChanges;
import org.medley.integrations.api.DeskConnection;
import org.medley.integrations.api.DeskGateway;
import org.medley.integrations.api.DeskHealth;
import org.medley.integrations.api.DeskKind;
import org.medley.integrations.api.DeskReceipt;
import org.medley.integrations.api.DeskUpdate;

/**
 * The application's gateway in tests: the real {@link Desks}, except for connectors a test routes
 * to a {@link Desks} of its own (real Camel routes and HTTP, with a protocol the test builds).
 */
@Primary
@Singleton
class RoutingTestGateway implements DeskGateway {

  private static final Map<Long, DeskGateway> ROUTED = new ConcurrentHashMap<>();
  private static final Map<Long, DeskGateway> DELIVERIES = new ConcurrentHashMap<>();

  private final Desks standard;

  RoutingTestGateway(Desks standard) {
    this.standard = standard;
  }

  /** Sends {@code connectorId}'s calls to {@code desks} until {@link #unroute}. */
  static void route(long connectorId, DeskGateway desks) {
    ROUTED.put(connectorId, desks);
  }

  /** Sends only {@code connectorId}'s deliveries to {@code desks} until {@link #unroute}. */
  static void routeDeliveries(long connectorId, DeskGateway desks) {
    DELIVERIES.put(connectorId, desks);
  }

  static void unroute(long connectorId) {
    ROUTED.remove(connectorId);
    DELIVERIES.remove(connectorId);
  }

  private DeskGateway of(DeskConnection connection) {
    return ROUTED.getOrDefault(connection.id(), standard);
  }

  @Override
  public DeskReceipt deliver(DeskConnection connection, DeskUpdate update) {
    return DELIVERIES.getOrDefault(connection.id(), of(connection)).deliver(connection, update);
  }

  @Override
  public boolean polled(DeskKind kind) {
    return standard.polled(kind);
  }

  @Override
  public DeskChanges poll(DeskConnection connection, String watermark) {
    return of(connection).poll(connection, watermark);
  }

  @Override
  public List<DeskChange> webhook(
      DeskConnection connection, Map<String, String> headers, String body) {
    return of(connection).webhook(connection, headers, body);
  }

  @Override
  public boolean hubListener(DeskKind kind) {
    return standard.hubListener(kind);
  }

  @Override
  public String subscribe(DeskConnection connection, String callbackUrl) {
    return of(connection).subscribe(connection, callbackUrl);
  }

  @Override
  public void unsubscribe(DeskConnection connection, String hubId) {
    of(connection).unsubscribe(connection, hubId);
  }

  @Override
  public DeskHealth test(DeskConnection connection) {
    return of(connection).test(connection);
  }
}
