package org.medley.ebonding.internal;

import io.micronaut.transaction.annotation.ReadOnly;
import jakarta.inject.Singleton;
import java.util.List;
import org.medley.integrations.api.DeskKind;
import org.medley.market.DeskConnectors;

/**
 * The connectors an engagement may name as its partner's desk: every desk protocol, not a support
 * mailbox (mail is read into the hospital's own desk; Medley does not send partners tickets by
 * e-mail).
 */
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
        .filter(c -> c.kind() != DeskKind.EMAIL)
        .map(c -> new Desk(c.id(), c.name(), c.kind().name()))
        .toList();
  }
}
