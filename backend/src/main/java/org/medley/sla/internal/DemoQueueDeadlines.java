package org.medley.sla.internal;

import jakarta.inject.Singleton;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.medley.demo.DemoContext;
import org.medley.demo.DemoContribution;
import org.medley.desk.DemoTickets;
import org.medley.platform.JdbcRows;

/**
 * After the demo history is replayed into timers (order 50), the live queue gets its nearest
 * deadlines of SLA and OLA timers still counting (breached ones too), as this feature's events keep
 * them for new work.
 */
@Singleton
class DemoQueueDeadlines implements DemoContribution {

  @Override
  public int order() {
    return 60;
  }

  @Override
  public void seed(DemoContext context) throws SQLException {
    Map<Long, Instant> due = new HashMap<>();
    try (var nearest =
        context
            .connection()
            .prepareStatement(
                "SELECT ticket_id, MIN(due_at) FROM sla_timers WHERE tenant_id = ?"
                    + " AND "
                    + TimerStore.COUNTING
                    + " GROUP BY ticket_id HAVING MIN(due_at) IS NOT NULL")) {
      nearest.setLong(1, context.tenantId());
      try (ResultSet rows = nearest.executeQuery()) {
        while (rows.next()) {
          due.put(rows.getLong(1), JdbcRows.instant(rows, 2));
        }
      }
    }
    DemoTickets.queueDeadlines(context, due);
  }
}
