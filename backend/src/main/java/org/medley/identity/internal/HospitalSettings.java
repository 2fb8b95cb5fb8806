package org.medley.identity.internal;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.transaction.annotation.ReadOnly;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.medley.identity.Caller;
import org.medley.identity.Hospitals;
import org.medley.identity.ReopenWindow;
import org.medley.platform.Problem;
import org.medley.platform.Refused;

/**
 * The hospital's own settings, which its admins read and change: name, time zone, reopen window,
 * the names the minimum-necessary filter masks, the support e-mail address and the default business
 * calendar. A change carries the version it was made on (a stale one is refused with 409, so two
 * admins never overwrite each other unseen) and is audited field by field.
 */
@Singleton
class HospitalSettings {

  static final int MAX_MASKED_NAMES = 500;

  @Serdeable
  record Settings(
      String name,
      String timeZone,
      String reopenWindow,
      List<String> maskedNames,
      @Nullable String supportEmail,
      @Nullable Long defaultCalendarId,
      long version) {}

  @Serdeable
  record Change(
      @NotBlank @Size(max = 200) String name,
      @NotBlank @Size(max = 64) String timeZone,
      @NotBlank @Size(max = 32) String reopenWindow,
      @NotNull @Size(max = MAX_MASKED_NAMES) List<@NotNull @Size(max = 100) String> maskedNames,
      @Nullable @Size(max = 254) String supportEmail,
      @Nullable Long defaultCalendarId,
      @NotNull Long version) {}

  @Serdeable
  record AuditEntry(Instant at, String actor, String actorName, String detail) {}

  @Serdeable
  record AuditPage(List<AuditEntry> items, int page, int size, long total) {}

  /** One @, something on each side, a dot in the domain: the shape mail servers accept. */
  private static final Pattern E_MAIL =
      Pattern.compile("[^@\\s\"<>,;]+@[^@\\s\"<>,;]+\\.[^@\\s\"<>,;.]{2,}");

  private final OrganizationRepository organizations;
  private final JdbcOperations jdbc;
  private final Clock clock;
  private final Hospitals.Calendars calendars;

  HospitalSettings(
      OrganizationRepository organizations,
      JdbcOperations jdbc,
      Clock clock,
      Hospitals.Calendars calendars) {
    this.organizations = organizations;
    this.jdbc = jdbc;
    this.clock = clock;
    this.calendars = calendars;
  }

  @ReadOnly
  Settings read(Caller caller) {
    return stored(caller.tenantId());
  }

  @Transactional
  Settings change(Caller caller, Change change) {
    long tenant = caller.tenantId();
    Settings wanted = validated(tenant, change);
    Settings before = stored(tenant);
    if (before.version() != change.version()) {
      throw Refused.conflict(
          "version",
          "someone changed the settings since you loaded them (version "
              + before.version()
              + " is current): reload and make your change again");
    }
    if (!wanted.name().equals(before.name()) && organizations.existsByName(wanted.name())) {
      throw Refused.conflict("name", "another organisation is already called " + wanted.name());
    }
    List<String> changed = changes(before, wanted, id -> calendarName(tenant, id));
    if (changed.isEmpty()) {
      return before;
    }
    int updated =
        jdbc.prepareStatement(
            "UPDATE organizations SET name = ?, time_zone = ?, reopen_window = ?,"
                + " support_email = ?, default_calendar_id = ?, version = version + 1"
                + " WHERE id = ? AND version = ?",
            s -> {
              s.setString(1, wanted.name());
              s.setString(2, wanted.timeZone());
              s.setString(3, wanted.reopenWindow());
              s.setString(4, wanted.supportEmail());
              if (wanted.defaultCalendarId() == null) {
                s.setNull(5, Types.BIGINT);
              } else {
                s.setLong(5, wanted.defaultCalendarId());
              }
              s.setLong(6, tenant);
              s.setLong(7, change.version());
              return s.executeUpdate();
            });
    if (updated == 0) {
      throw Refused.conflict(
          "version", "someone changed the settings at the same moment: reload and try again");
    }
    if (!wanted.maskedNames().equals(before.maskedNames())) {
      replaceMaskedNames(tenant, wanted.maskedNames());
    }
    audit(caller, String.join("; ", changed));
    return stored(tenant);
  }

  @ReadOnly
  AuditPage audit(Caller caller, int page, int size) {
    long tenant = caller.tenantId();
    long total =
        jdbc.prepareStatement(
            "SELECT COUNT(*) FROM organization_audit WHERE tenant_id = ?",
            s -> {
              s.setLong(1, tenant);
              try (ResultSet rows = s.executeQuery()) {
                rows.next();
                return rows.getLong(1);
              }
            });
    List<AuditEntry> items =
        jdbc.prepareStatement(
            "SELECT at, actor, actor_name, detail FROM organization_audit WHERE tenant_id = ?"
                + " ORDER BY at DESC, id DESC LIMIT ? OFFSET ?",
            s -> {
              s.setLong(1, tenant);
              s.setInt(2, size);
              s.setLong(3, (long) page * size);
              List<AuditEntry> found = new ArrayList<>();
              try (ResultSet rows = s.executeQuery()) {
                while (rows.next()) {
                  found.add(
                      new AuditEntry(
                          rows.getTimestamp(1).toInstant(),
                          rows.getString(2),
                          rows.getString(3),
                          Objects.requireNonNullElse(rows.getString(4), "")));
                }
              }
              return found;
            });
    return new AuditPage(items, page, size, total);
  }

  /** The change as it will be stored, or every field that is wrong with it at once (400). */
  private Settings validated(long tenant, Change change) {
    List<Problem.FieldError> errors = new ArrayList<>();
    String zone = change.timeZone().strip();
    if (!ZoneId.getAvailableZoneIds().contains(zone)) {
      errors.add(new Problem.FieldError("timeZone", "an IANA time zone such as America/New_York"));
    }
    Optional<Duration> window = ReopenWindow.parse(change.reopenWindow());
    if (window.isEmpty()) {
      errors.add(new Problem.FieldError("reopenWindow", ReopenWindow.requirement()));
    }
    String email = change.supportEmail() == null ? "" : change.supportEmail().strip();
    if (!email.isEmpty() && !E_MAIL.matcher(email).matches()) {
      errors.add(
          new Problem.FieldError(
              "supportEmail", "an e-mail address such as it-support@hospital.org"));
    }
    Map<String, String> names = new LinkedHashMap<>();
    for (String name : change.maskedNames()) {
      String stripped = name.strip().replaceAll("\\s+", " ");
      if (!stripped.isEmpty()) {
        names.putIfAbsent(stripped.toLowerCase(Locale.ROOT), stripped);
      }
    }
    if (!errors.isEmpty()) {
      throw Refused.invalid(errors);
    }
    Long calendar = change.defaultCalendarId();
    if (calendar != null && calendars.name(tenant, calendar).isEmpty()) {
      throw Refused.unprocessable(
          "defaultCalendarId", "you have no business calendar with id " + calendar);
    }
    return new Settings(
        change.name().strip(),
        zone,
        ReopenWindow.format(window.orElseThrow()),
        names.values().stream().sorted(String.CASE_INSENSITIVE_ORDER).toList(),
        email.isEmpty() ? null : email,
        calendar,
        change.version());
  }

  /** A calendar as the audit names it: by name, with the id if it is gone or unnamed. */
  private String calendarName(long tenant, @Nullable Long id) {
    return id == null ? null : calendars.name(tenant, id).orElse("calendar " + id);
  }

  private static List<String> changes(
      Settings before, Settings after, Function<Long, String> calendarName) {
    List<String> changed = new ArrayList<>();
    changed(changed, "name", before.name(), after.name());
    changed(changed, "timeZone", before.timeZone(), after.timeZone());
    if (!Duration.parse(before.reopenWindow()).equals(Duration.parse(after.reopenWindow()))) {
      changed.add("reopenWindow: " + before.reopenWindow() + " → " + after.reopenWindow());
    }
    changed(changed, "supportEmail", before.supportEmail(), after.supportEmail());
    if (!Objects.equals(before.defaultCalendarId(), after.defaultCalendarId())) {
      changed(
          changed,
          "defaultCalendar",
          calendarName.apply(before.defaultCalendarId()),
          calendarName.apply(after.defaultCalendarId()));
    }
    if (!before.maskedNames().equals(after.maskedNames())) {
      // The names themselves may be patients': the audit says how many, not which.
      changed.add(
          "maskedNames: "
              + before.maskedNames().size()
              + " → "
              + after.maskedNames().size()
              + " names");
    }
    return changed;
  }

  private static void changed(List<String> changed, String field, Object before, Object after) {
    if (!Objects.equals(before, after)) {
      changed.add(field + ": " + text(before) + " → " + text(after));
    }
  }

  private static String text(Object value) {
    return value == null ? "(none)" : value.toString();
  }

  private Settings stored(long tenant) {
    List<String> names =
        jdbc.prepareStatement(
            "SELECT name FROM organization_masked_names WHERE organization_id = ?",
            s -> {
              s.setLong(1, tenant);
              List<String> found = new ArrayList<>();
              try (ResultSet rows = s.executeQuery()) {
                while (rows.next()) {
                  found.add(rows.getString(1));
                }
              }
              return found.stream().sorted(String.CASE_INSENSITIVE_ORDER).toList();
            });
    return jdbc.prepareStatement(
        "SELECT name, time_zone, reopen_window, support_email, default_calendar_id, version"
            + " FROM organizations WHERE id = ?",
        s -> {
          s.setLong(1, tenant);
          try (ResultSet rows = s.executeQuery()) {
            rows.next();
            long calendar = rows.getLong(5);
            Long defaultCalendar = rows.wasNull() ? null : calendar;
            return new Settings(
                rows.getString(1),
                rows.getString(2),
                rows.getString(3),
                names,
                rows.getString(4),
                defaultCalendar,
                rows.getLong(6));
          }
        });
  }

  private void replaceMaskedNames(long tenant, List<String> names) {
    jdbc.prepareStatement(
        "DELETE FROM organization_masked_names WHERE organization_id = ?",
        s -> {
          s.setLong(1, tenant);
          return s.executeUpdate();
        });
    jdbc.prepareStatement(
        "INSERT INTO organization_masked_names (organization_id, name) VALUES (?, ?)",
        s -> {
          for (String name : names) {
            s.setLong(1, tenant);
            s.setString(2, name);
            s.addBatch();
          }
          return s.executeBatch();
        });
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
          s.setString(5, detail.length() > 1000 ? detail.substring(0, 999) + "…" : detail);
          return s.executeUpdate();
        });
  }
}
