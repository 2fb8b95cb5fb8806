package org.medley.testing;

import java.sql.Connection;
import java.sql.SQLException;
import org.medley.desk.Priority;
import org.medley.desk.TicketType;

/**
 * What a test writing a ticket row of its own must keep true, as the desk does, so that classes
 * reading the demo hospital afterwards (DemoHospitalTest) find a state the desk could have made.
 */
public final class FixtureTickets {

  private FixtureTickets() {}

  /** An impact the priority matrix turns, with {@link #urgency}, into {@code priority}. */
  public static int impact(Priority priority) {
    return 1 + priority.ordinal() / 2;
  }

  /** With {@link #impact}: 1+1 is P1, 1+2 P2, 2+2 P3, 2+3 P4. */
  public static int urgency(Priority priority) {
    return 1 + (priority.ordinal() + 1) / 2;
  }

  /**
   * The tenant's next incident number, taken from its sequence as the desk takes a block: never one
   * the desk has issued or will issue. (MariaDB's LAST_INSERT_ID(expr) makes it one statement.)
   */
  public static String nextNumber(Connection c, long tenant) throws SQLException {
    try (var take =
        c.prepareStatement(
            "UPDATE ticket_sequences SET next_value = LAST_INSERT_ID(next_value + 1)"
                + " WHERE tenant_id = ? AND type = 'INCIDENT'")) {
      take.setLong(1, tenant);
      if (take.executeUpdate() != 1) {
        throw new IllegalStateException("tenant " + tenant + " has no incident sequence");
      }
    }
    try (var read = c.createStatement();
        var rows = read.executeQuery("SELECT LAST_INSERT_ID()")) {
      rows.next();
      return TicketType.INCIDENT.number(rows.getLong(1) - 1);
    }
  }
}
