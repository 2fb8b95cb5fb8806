package org.medley.desk.internal;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.runtime.event.annotation.EventListener;
import io.micronaut.runtime.server.event.ServerStartupEvent;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;
import org.medley.demo.DemoServing;
import org.medley.identity.Hospitals;
import org.medley.identity.MinimumNecessary;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The masked copies of ticket text that a partner without a business associate agreement searches
 * ({@code tickets.masked_title}, {@code masked_description}, {@code ticket_comments.masked_body}).
 * {@link TicketStore} writes them with the text; this fills the rows that have none (written before
 * migration V74, or seeded by the demo in bulk): at start-up in the background, and right after the
 * demo seed. Filling is idempotent, so several nodes starting together only repeat work.
 */
@Singleton
class SearchMasks {

  private static final Logger LOG = LoggerFactory.getLogger(SearchMasks.class);

  /**
   * A TEXT column holds 65,535 bytes, four per character at worst: a masked copy is cut there (what
   * lies past it is not found by a partner without an agreement, never shown unmasked).
   */
  static final int MAX = 16_000;

  private static final int BATCH = 500;

  private final JdbcOperations jdbc;
  private final TransactionOperations<Connection> tx;
  private final Hospitals hospitals;
  private final Executor background;

  SearchMasks(
      JdbcOperations jdbc,
      TransactionOperations<Connection> tx,
      Hospitals hospitals,
      @Named(TaskExecutors.BLOCKING) Executor background) {
    this.jdbc = jdbc;
    this.tx = tx;
    this.hospitals = hospitals;
    this.background = background;
  }

  /** The masked copy of a text, as stored for search. */
  static @Nullable String masked(MinimumNecessary filter, @Nullable String text) {
    if (text == null) {
      return null;
    }
    String masked = filter.apply(text);
    return masked.length() <= MAX ? masked : masked.substring(0, MAX);
  }

  @EventListener
  void on(DemoServing event) {
    fill();
  }

  @EventListener
  void on(ServerStartupEvent event) {
    background.execute(
        () -> {
          try {
            fill();
          } catch (RuntimeException e) {
            LOG.warn(
                "Could not fill the masked search text; partners without an agreement"
                    + " find older tickets once it is",
                e);
          }
        });
  }

  /**
   * Fills every missing masked copy; returns how many rows it wrote. One fill at a time: after the
   * demo seed, the start-up fill and the demo's would otherwise mask the same rows twice.
   */
  synchronized int fill() {
    int written = fillTickets() + fillComments();
    if (written > 0) {
      LOG.info(
          "Masked the search text of {} tickets and comments written before it existed", written);
    }
    return written;
  }

  private record Row(long id, long tenantId, String first, @Nullable String second) {}

  private int fillTickets() {
    int written = 0;
    long after = 0;
    while (true) {
      long from = after;
      List<Row> rows =
          tx.executeRead(
              status ->
                  select(
                      "SELECT id, tenant_id, title, description FROM tickets WHERE id > ?"
                          + " AND masked_title IS NULL ORDER BY id LIMIT "
                          + BATCH,
                      from,
                      true));
      if (rows.isEmpty()) {
        return written;
      }
      written +=
          tx.executeWrite(
              status ->
                  update(
                      "UPDATE tickets SET masked_title = ?, masked_description = ?"
                          + " WHERE id = ? AND masked_title IS NULL",
                      rows,
                      true));
      after = rows.get(rows.size() - 1).id();
    }
  }

  private int fillComments() {
    int written = 0;
    long after = 0;
    while (true) {
      long from = after;
      List<Row> rows =
          tx.executeRead(
              status ->
                  select(
                      "SELECT id, tenant_id, body FROM ticket_comments WHERE id > ?"
                          + " AND masked_body IS NULL ORDER BY id LIMIT "
                          + BATCH,
                      from,
                      false));
      if (rows.isEmpty()) {
        return written;
      }
      written +=
          tx.executeWrite(
              status ->
                  update(
                      "UPDATE ticket_comments SET masked_body = ? WHERE id = ? AND masked_body IS NULL",
                      rows,
                      false));
      after = rows.get(rows.size() - 1).id();
    }
  }

  private List<Row> select(String sql, long after, boolean two) {
    return jdbc.prepareStatement(
        sql,
        statement -> {
          statement.setLong(1, after);
          List<Row> rows = new ArrayList<>();
          try (ResultSet found = statement.executeQuery()) {
            while (found.next()) {
              rows.add(
                  new Row(
                      found.getLong(1),
                      found.getLong(2),
                      found.getString(3),
                      two ? found.getString(4) : null));
            }
          }
          return rows;
        });
  }

  private int update(String sql, List<Row> rows, boolean two) {
    return jdbc.prepareStatement(
        sql,
        statement -> {
          for (Row row : rows) {
            MinimumNecessary filter = hospitals.minimumNecessary(row.tenantId());
            int i = 1;
            statement.setString(i++, masked(filter, row.first()));
            if (two) {
              statement.setString(i++, masked(filter, row.second()));
            }
            statement.setLong(i, row.id());
            statement.addBatch();
          }
          int sum = 0;
          for (int n : statement.executeBatch()) {
            sum += Math.max(n, 0);
          }
          return sum;
        });
  }
}
