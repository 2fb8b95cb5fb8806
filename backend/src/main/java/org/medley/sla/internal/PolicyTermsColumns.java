package org.medley.sla.internal;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.EnumSet;
import java.util.Set;

/**
 * The columns {@code sla_policies} and {@code ola_policies} both hold the {@link PolicyTerms} in,
 * in the order {@link #NAMES} lists them.
 */
final class PolicyTermsColumns {

  static final String NAMES =
      "calendar_id, response_ms, resolution_ms, pause_on, warnings, breach_actions";

  /** {@link #NAMES} as {@code column = ?} assignments, for an UPDATE. */
  static final String ASSIGNMENTS =
      "calendar_id = ?, response_ms = ?, resolution_ms = ?, pause_on = ?, warnings = ?,"
          + " breach_actions = ?";

  private PolicyTermsColumns() {}

  static PolicyTerms read(ResultSet rs) throws SQLException {
    Set<BreachAction> actions = EnumSet.noneOf(BreachAction.class);
    for (String a : rs.getString("breach_actions").split(",")) {
      if (!a.isBlank()) {
        actions.add(BreachAction.valueOf(a.strip()));
      }
    }
    return new PolicyTerms(
        rs.getLong("calendar_id"),
        Duration.ofMillis(rs.getLong("response_ms")),
        Duration.ofMillis(rs.getLong("resolution_ms")),
        PauseRule.parse(rs.getString("pause_on")),
        TimerStore.warnings(rs.getString("warnings")),
        actions);
  }

  /** Binds the terms after parameter {@code i}; answers the last index bound. */
  static int bind(PreparedStatement s, int i, PolicyTerms terms) throws SQLException {
    s.setLong(++i, terms.calendarId());
    s.setLong(++i, terms.response().toMillis());
    s.setLong(++i, terms.resolution().toMillis());
    s.setString(++i, terms.pauseOn().stored());
    s.setString(++i, TimerStore.warningsText(terms.warnings()));
    s.setString(++i, String.join(",", terms.sortedActions().stream().map(Enum::name).toList()));
    return i;
  }
}
