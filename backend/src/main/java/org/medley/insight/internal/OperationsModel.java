package org.medley.insight.internal;

import io.micronaut.runtime.event.annotation.EventListener;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.medley.desk.TicketEvent;
import org.medley.desk.TicketFacts;
import org.medley.identity.Hospitals;

/**
 * The operations read model: {@link OpsFact} per ticket and the per-day roll-up ({@link
 * OpsRollup}), kept in step with the desk's ticket events inside the transaction that changed the
 * ticket, and rebuilt from the desk's rows through {@link TicketFacts}. A ticket opened before the
 * model existed is unknown to it until a rebuild: its events are passed over.
 */
@Singleton
class OperationsModel implements ReadModel {

  private static final int BATCH = 1_000;

  private final TransactionOperations<Connection> tx;
  private final OperationsStore store;
  private final TicketFacts tickets;
  private final Hospitals hospitals;

  OperationsModel(
      TransactionOperations<Connection> tx,
      OperationsStore store,
      TicketFacts tickets,
      Hospitals hospitals) {
    this.tx = tx;
    this.store = store;
    this.tickets = tickets;
    this.hospitals = hospitals;
  }

  @Override
  public String name() {
    return "operations";
  }

  @EventListener
  void on(TicketEvent event) {
    if (event instanceof TicketEvent.Commented || event instanceof TicketEvent.Attached) {
      return; // changes nothing the model keeps
    }
    long tenant = event.ticket().tenantId();
    ZoneId zone = hospitals.zone(tenant);
    if (event instanceof TicketEvent.Opened opened) {
      OpsFact fact = OpsFact.opened(opened.ticket(), zone);
      store.save(tenant, List.of(fact), true);
      store.addToDaily(tenant, OpsRollup.delta(null, fact));
      return;
    }
    Optional<OpsFact> known = store.fact(tenant, event.ticket().id());
    if (known.isEmpty()) {
      return;
    }
    OpsFact before = known.get();
    OpsFact after = before.after(event, zone);
    if (!after.equals(before)) {
      store.save(tenant, List.of(after), false);
      store.addToDaily(tenant, OpsRollup.delta(before, after));
    }
  }

  @Override
  public void rebuild(long tenantId) {
    ZoneId zone = hospitals.zone(tenantId);
    tx.executeWrite(
        status -> {
          rebuild(status.getConnection(), tenantId, zone);
          return null;
        });
  }

  private void rebuild(Connection c, long tenantId, ZoneId zone) throws SQLException {
    Rollups.Sink sink = Rollups.rebuild(c, OperationsStore.ROLLUP, tenantId);
    store.clear(tenantId);
    Map<OpsRollup.Key, long[]> daily = new HashMap<>();
    List<OpsFact> batch = new ArrayList<>(BATCH);
    tickets.forEach(
        tenantId,
        row -> {
          OpsFact fact = OpsFact.of(row, zone);
          OpsRollup.add(daily, fact, 1);
          batch.add(fact);
          if (batch.size() == BATCH) {
            store.save(tenantId, batch, true);
            batch.clear();
          }
        });
    store.save(tenantId, batch, true);
    daily.values().removeIf(OpsRollup::zero);
    for (var cell : daily.entrySet()) {
      sink.add(OperationsStore.row(tenantId, cell.getKey(), cell.getValue()));
    }
    sink.flush();
  }
}
