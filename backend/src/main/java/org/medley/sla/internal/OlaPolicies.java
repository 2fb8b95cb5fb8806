package org.medley.sla.internal;

import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.util.List;

/** Reads partners' OLA thresholds for the API. */
@Singleton
class OlaPolicies {

  private final TransactionOperations<Connection> tx;

  OlaPolicies(TransactionOperations<Connection> tx) {
    this.tx = tx;
  }

  List<OlaPolicy.View> list(long tenant) {
    return tx.executeRead(
        status ->
            OlaPolicy.all(status.getConnection(), tenant).stream().map(OlaPolicy::view).toList());
  }
}
