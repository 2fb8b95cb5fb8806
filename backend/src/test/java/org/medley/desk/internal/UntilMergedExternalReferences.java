package org.medley.desk.internal;

import io.micronaut.context.annotation.Secondary;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.ResultSet;
import java.util.Optional;
import org.medley.desk.ExternalReferences;

/**
 * TEMPORARY, test scope only: the lookup the inbound side needs, until the outbound branch lands
 * the desk's own {@link ExternalReferences} (then the real one wins, being primary, and this file
 * goes). Reads {@code ticket_references} as {@code PUT /api/tickets/{id}/external-references}
 * writes it; records nothing.
 */
@Singleton
@Secondary
class UntilMergedExternalReferences implements ExternalReferences {

  private final JdbcOperations jdbc;
  private final TransactionOperations<Connection> transactions;

  UntilMergedExternalReferences(
      JdbcOperations jdbc, TransactionOperations<Connection> transactions) {
    this.jdbc = jdbc;
    this.transactions = transactions;
  }

  @Override
  public Optional<String> externalId(long tenantId, long ticketId, String system) {
    throw new UnsupportedOperationException("outbound's; not needed inbound");
  }

  @Override
  public Optional<Long> ticketId(long tenantId, String system, String externalId) {
    return transactions.executeRead(
        status ->
            jdbc.prepareStatement(
                "SELECT ticket_id FROM ticket_references WHERE tenant_id = ? AND system = ? AND"
                    + " external_id = ?",
                statement -> {
                  statement.setLong(1, tenantId);
                  statement.setString(2, system);
                  statement.setString(3, externalId);
                  try (ResultSet rows = statement.executeQuery()) {
                    return rows.next() ? Optional.of(rows.getLong(1)) : Optional.<Long>empty();
                  }
                }));
  }

  @Override
  public void record(long tenantId, long ticketId, String system, String externalId, String actor) {
    throw new UnsupportedOperationException("outbound's; not needed inbound");
  }
}
