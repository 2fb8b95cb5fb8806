package org.medley.sla.internal;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * An engagement's operational-level thresholds for the part of a ticket's life the engagement's
 * groups hold: one per engagement; {@code partnerId} is the engagement's partner, kept because OLA
 * timers and compliance report per partner.
 */
record OlaPolicy(
    long id,
    long engagementId,
    long partnerId,
    long calendarId,
    Duration response,
    Duration resolution,
    PauseRule pauseOn,
    List<Integer> warnings,
    Set<BreachAction> breachActions) {

  Duration duration(Target target) {
    return target == Target.RESPONSE ? response : resolution;
  }

  @Serdeable
  record View(
      long id,
      long engagementId,
      @Nullable String engagementName,
      long partnerId,
      @Nullable String partnerName,
      long calendarId,
      String response,
      String resolution,
      List<String> pauseOn,
      List<Integer> warnings,
      List<BreachAction> breachActions,
      long version) {}

  View view(@Nullable String engagementName, @Nullable String partnerName, long version) {
    return new View(
        id,
        engagementId,
        engagementName,
        partnerId,
        partnerName,
        calendarId,
        response.toString(),
        resolution.toString(),
        pauseOn.sorted(),
        warnings,
        breachActions.stream().sorted().toList(),
        version);
  }

  static Optional<OlaPolicy> forEngagement(Connection c, long tenant, long engagementId)
      throws SQLException {
    try (var s =
        c.prepareStatement(
            "SELECT * FROM ola_policies WHERE tenant_id = ? AND engagement_id = ?")) {
      s.setLong(1, tenant);
      s.setLong(2, engagementId);
      try (ResultSet rs = s.executeQuery()) {
        return rs.next() ? Optional.of(of(rs)) : Optional.empty();
      }
    }
  }

  static Optional<OlaPolicy> byId(Connection c, long id) throws SQLException {
    try (var s = c.prepareStatement("SELECT * FROM ola_policies WHERE id = ?")) {
      s.setLong(1, id);
      try (ResultSet rs = s.executeQuery()) {
        return rs.next() ? Optional.of(of(rs)) : Optional.empty();
      }
    }
  }

  static OlaPolicy of(ResultSet rs) throws SQLException {
    Set<BreachAction> actions = EnumSet.noneOf(BreachAction.class);
    for (String a : rs.getString("breach_actions").split(",")) {
      if (!a.isBlank()) {
        actions.add(BreachAction.valueOf(a.strip()));
      }
    }
    return new OlaPolicy(
        rs.getLong("id"),
        rs.getLong("engagement_id"),
        rs.getLong("partner_id"),
        rs.getLong("calendar_id"),
        Duration.ofMillis(rs.getLong("response_ms")),
        Duration.ofMillis(rs.getLong("resolution_ms")),
        PauseRule.parse(rs.getString("pause_on")),
        TimerStore.warnings(rs.getString("warnings")),
        actions);
  }
}
