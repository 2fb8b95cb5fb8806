package org.medley.desk;

import jakarta.inject.Singleton;
import java.sql.SQLException;
import org.medley.demo.DemoContext;
import org.medley.demo.DemoContribution;

/**
 * After the SLA feature has replayed the demo history into timers (order 50), the live queue gets
 * its nearest deadlines of SLA and OLA timers still counting (breached ones too), as the SLA
 * feature's events keep them for new work.
 */
@Singleton
class DemoQueueDeadlines implements DemoContribution {

  @Override
  public int order() {
    return 60;
  }

  @Override
  public void seed(DemoContext context) throws SQLException {
    context.execute(
        "UPDATE tickets SET sla_due_at = (SELECT MIN(s.due_at) FROM sla_timers s WHERE"
            + " s.ticket_id = tickets.id AND (s.state = 'RUNNING'"
            + " OR (s.state = 'BREACHED' AND s.run_from IS NOT NULL)))"
            + " WHERE tenant_id = ? AND open_work = TRUE",
        context.tenantId());
  }
}
