package org.medley.identity.internal;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.transaction.annotation.ReadOnly;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.medley.identity.Caller;
import org.medley.platform.Refused;

/** The hospital's own settings, which its admins read and change; each change is audited. */
@Singleton
class HospitalSettings {

  @Serdeable
  record Settings(String name, String timeZone) {}

  @Serdeable
  record Change(
      @NotBlank @Size(max = 200) String name, @NotBlank @Size(max = 64) String timeZone) {}

  private final OrganizationRepository organizations;
  private final JdbcOperations jdbc;
  private final Clock clock;

  HospitalSettings(OrganizationRepository organizations, JdbcOperations jdbc, Clock clock) {
    this.organizations = organizations;
    this.jdbc = jdbc;
    this.clock = clock;
  }

  @ReadOnly
  Settings read(Caller caller) {
    Organization hospital = organizations.findById(caller.tenantId()).orElseThrow();
    return new Settings(hospital.name(), hospital.timeZone());
  }

  @Transactional
  Settings change(Caller caller, Change change) {
    String zone = change.timeZone().strip();
    if (!ZoneId.getAvailableZoneIds().contains(zone)) {
      throw Refused.invalid("timeZone", "an IANA time zone such as America/New_York");
    }
    Organization hospital = organizations.findById(caller.tenantId()).orElseThrow();
    String name = change.name().strip();
    if (!name.equals(hospital.name()) && organizations.existsByName(name)) {
      throw Refused.conflict("name", "another organisation is already called " + name);
    }
    List<String> changed = new ArrayList<>();
    if (!name.equals(hospital.name())) {
      changed.add("name: " + hospital.name() + " → " + name);
    }
    if (!zone.equals(hospital.timeZone())) {
      changed.add("timeZone: " + hospital.timeZone() + " → " + zone);
    }
    if (!changed.isEmpty()) {
      organizations.update(
          new Organization(hospital.id(), hospital.kind(), name, hospital.createdAt(), zone));
      audit(caller, String.join("; ", changed));
    }
    return new Settings(name, zone);
  }

  private void audit(Caller caller, String detail) {
    jdbc.prepareStatement(
        "INSERT INTO organization_audit (tenant_id, action, actor, actor_name, at, detail)"
            + " VALUES (?, 'CHANGED', ?, ?, ?, ?)",
        s -> {
          s.setLong(1, caller.tenantId());
          s.setString(2, caller.username());
          s.setString(3, caller.displayName());
          s.setTimestamp(4, Timestamp.from(clock.instant()));
          s.setString(5, detail);
          return s.executeUpdate();
        });
  }
}
