package org.medley.desk.internal;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.ReadOnly;
import jakarta.inject.Singleton;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.medley.coverage.Tier;
import org.medley.desk.Priority;
import org.medley.desk.TicketFacts;
import org.medley.desk.TicketOutcomes;
import org.medley.desk.TicketStatus;
import org.medley.platform.JdbcRows;

/** {@link TicketFacts} in pages over the tickets, their groups and audit trails. */
@Singleton
class StoredTicketFacts implements TicketFacts {

  private final JdbcOperations jdbc;

  StoredTicketFacts(JdbcOperations jdbc) {
    this.jdbc = jdbc;
  }

  private static final int PAGE = 5_000;

  /**
   * Pages by id so that no result set stays open while {@code sink} writes (a streaming result set
   * and another statement cannot share the connection).
   */
  @Override
  @ReadOnly
  public void forEach(long tenantId, Consumer<Fact> sink) {
    long after = 0;
    while (true) {
      List<Fact> page = page(tenantId, after);
      page.forEach(sink);
      if (page.size() < PAGE) {
        return;
      }
      after = page.get(page.size() - 1).id();
    }
  }

  private List<Fact> page(long tenantId, long after) {
    return jdbc.prepareStatement(
        "SELECT t.id, t.number, t.created_at, t.priority, t.tier, "
            + TicketOutcomes.FIRST_TIER_SQL
            + ", t.application_id, t.group_id, g.partner_id, t.status, t.resolved_at,"
            + " t.closed_at, t.reopen_count, "
            + TicketOutcomes.HANDED_ON_SQL
            + ", "
            + TicketOutcomes.ESCALATED_SQL
            + ", t.csat_rating FROM tickets t LEFT JOIN support_groups g ON g.id = t.group_id"
            + " WHERE t.tenant_id = ? AND t.id > ? ORDER BY t.id LIMIT "
            + PAGE,
        s -> {
          s.setLong(1, tenantId);
          s.setLong(2, after);
          List<Fact> list = new ArrayList<>(PAGE);
          try (ResultSet rows = s.executeQuery()) {
            while (rows.next()) {
              Timestamp resolved = rows.getTimestamp(11);
              list.add(
                  new Fact(
                      rows.getLong(1),
                      rows.getString(2),
                      rows.getTimestamp(3).toInstant(),
                      Priority.valueOf(rows.getString(4)),
                      Tier.valueOf(rows.getString(5)),
                      Tier.valueOf(rows.getString(6)),
                      rows.getLong(7),
                      rows.getObject(8, Long.class),
                      rows.getObject(9, Long.class),
                      TicketStatus.valueOf(rows.getString(10)),
                      resolved == null ? null : resolved.toInstant(),
                      JdbcRows.instant(rows, 12),
                      rows.getInt(13),
                      rows.getBoolean(14),
                      rows.getBoolean(15),
                      rows.getObject(16, Integer.class)));
            }
          }
          return list;
        });
  }
}
