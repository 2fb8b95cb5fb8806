package org.medley.device;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import org.medley.testing.TestApp;

/**
 * Work orders written straight into the table, for the reports' tests: history as it would stand
 * after months of work, without going through the work-order API.
 */
final class WorkOrderRows {

  private WorkOrderRows() {}

  /** One order; nulls where the kind has none. Returns its id. */
  static long insert(
      long deviceId,
      WorkOrderKind kind,
      WorkOrderStatus status,
      String summary,
      LocalDate dueOn,
      LocalDate windowEndsOn,
      boolean deviceDown,
      Instant openedAt,
      Instant completedAt,
      Long completedBy,
      Integer laborMinutes,
      BigDecimal partsCost,
      String reason) {
    try (var c = TestApp.connection();
        PreparedStatement s =
            c.prepareStatement(
                "INSERT INTO work_orders (tenant_id, kind, device_id, status, summary, due_on,"
                    + " window_ends_on, pm_due_on, device_down, opened_at, completed_at,"
                    + " completed_by, labor_minutes, parts_cost, reason, created_at, updated_at)"
                    + " SELECT tenant_id, ?, id, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?"
                    + " FROM devices WHERE id = ?",
                PreparedStatement.RETURN_GENERATED_KEYS)) {
      s.setString(1, kind.name());
      s.setString(2, status.name());
      s.setString(3, summary);
      setDate(s, 4, dueOn);
      setDate(s, 5, windowEndsOn);
      setDate(s, 6, kind == WorkOrderKind.PREVENTIVE ? dueOn : null);
      s.setBoolean(7, deviceDown);
      s.setTimestamp(8, Timestamp.from(openedAt));
      if (completedAt == null) {
        s.setNull(9, Types.TIMESTAMP);
      } else {
        s.setTimestamp(9, Timestamp.from(completedAt));
      }
      if (completedBy == null) {
        s.setNull(10, Types.BIGINT);
      } else {
        s.setLong(10, completedBy);
      }
      if (laborMinutes == null) {
        s.setNull(11, Types.INTEGER);
      } else {
        s.setInt(11, laborMinutes);
      }
      s.setBigDecimal(12, partsCost);
      s.setString(13, reason);
      s.setTimestamp(14, Timestamp.from(openedAt));
      s.setTimestamp(15, Timestamp.from(openedAt));
      s.setLong(16, deviceId);
      s.executeUpdate();
      try (var keys = s.getGeneratedKeys()) {
        keys.next();
        return keys.getLong(1);
      }
    } catch (java.sql.SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  /** A corrective order, done or not. */
  static long corrective(
      long deviceId,
      WorkOrderStatus status,
      boolean down,
      Instant opened,
      Instant completed,
      Integer minutes,
      String parts) {
    return insert(
        deviceId,
        WorkOrderKind.CORRECTIVE,
        status,
        "Alarms",
        null,
        null,
        down,
        opened,
        completed,
        null,
        minutes,
        parts == null ? null : new BigDecimal(parts),
        null);
  }

  private static void setDate(PreparedStatement s, int index, LocalDate day)
      throws java.sql.SQLException {
    if (day == null) {
      s.setNull(index, Types.DATE);
    } else {
      s.setDate(index, Date.valueOf(day));
    }
  }
}
