package org.medley.ebonding.internal;

import io.micronaut.transaction.annotation.ReadOnly;
import jakarta.inject.Singleton;
import java.util.List;
import org.medley.market.DeskConnectors;

/** The connectors an engagement may name as its partner's desk. */
@Singleton
class EngagementDesks implements DeskConnectors {

  private final ConnectorStore store;

  EngagementDesks(ConnectorStore store) {
    this.store = store;
  }

  @Override
  @ReadOnly
  public List<Desk> desks(long tenantId) {
    return store.list(tenantId).stream()
        .map(c -> new Desk(c.id(), c.name(), c.kind().name()))
        .toList();
  }
}
