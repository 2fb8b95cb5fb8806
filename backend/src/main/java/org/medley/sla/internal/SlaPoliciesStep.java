package org.medley.sla.internal;

import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import java.sql.Connection;
import org.medley.platform.SetupStep;

/** The checklist's SLA policies: the targets tickets are measured against. */
@Singleton
class SlaPoliciesStep implements SetupStep {

  private final TransactionOperations<Connection> tx;
  private final PolicyStore store;

  SlaPoliciesStep(TransactionOperations<Connection> tx, PolicyStore store) {
    this.tx = tx;
    this.store = store;
  }

  @Override
  public String key() {
    return "sla-policies";
  }

  @Override
  public String label() {
    return "SLA policies";
  }

  @Override
  public String hint() {
    return "Set response and resolution targets by priority, on a business calendar.";
  }

  @Override
  public String link() {
    return "/admin/sla-policies";
  }

  @Override
  public int order() {
    return 70;
  }

  @Override
  public long count(long tenantId) {
    return tx.executeRead(status -> store.count(status.getConnection(), tenantId));
  }
}
