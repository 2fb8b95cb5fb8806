package org.medley.desk.internal;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.TransactionDefinition.Propagation;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.sql.ResultSet;
import org.medley.desk.TicketType;

/** Reserves blocks of ticket numbers, each in its own transaction so the row lock is brief. */
@Singleton
class SequenceBlocks {

  static final int BLOCK = 20;

  private final JdbcOperations jdbc;

  SequenceBlocks(JdbcOperations jdbc) {
    this.jdbc = jdbc;
  }

  /** The first number of a fresh block of {@link #BLOCK}. */
  @Transactional(propagation = Propagation.REQUIRES_NEW)
  long reserve(long tenantId, TicketType type) {
    int updated =
        jdbc.prepareStatement(
            "UPDATE ticket_sequences SET next_value = next_value + ? WHERE tenant_id = ? AND type = ?",
            statement -> {
              statement.setInt(1, BLOCK);
              statement.setLong(2, tenantId);
              statement.setString(3, type.name());
              return statement.executeUpdate();
            });
    if (updated == 0) {
      jdbc.prepareStatement(
          "INSERT INTO ticket_sequences (tenant_id, type, next_value) VALUES (?, ?, ?)",
          statement -> {
            statement.setLong(1, tenantId);
            statement.setString(2, type.name());
            statement.setLong(3, 1 + BLOCK);
            return statement.executeUpdate();
          });
      return 1;
    }
    return jdbc.prepareStatement(
        "SELECT next_value FROM ticket_sequences WHERE tenant_id = ? AND type = ?",
        statement -> {
          statement.setLong(1, tenantId);
          statement.setString(2, type.name());
          try (ResultSet rows = statement.executeQuery()) {
            rows.next();
            return rows.getLong(1) - BLOCK;
          }
        });
  }
}
