package org.medley.coverage.internal;

import static org.medley.platform.JdbcRows.marks;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.runtime.event.annotation.EventListener;
import io.micronaut.transaction.annotation.ReadOnly;
import io.micronaut.transaction.annotation.TransactionalEventListener;
import jakarta.inject.Singleton;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.medley.calendar.CalendarDirectory;
import org.medley.coverage.Catalog;
import org.medley.coverage.Shift;
import org.medley.coverage.StaffDirectory;
import org.medley.platform.Changes;

/** Catalog and staff lookups for other features, one indexed query each. */
@Singleton
class JdbcStaffDirectory implements Catalog, StaffDirectory {

  private final JdbcOperations jdbc;
  private final Clock clock;
  private final CalendarDirectory calendars;

  private static final String APPLICATIONS = "applications";
  private static final String STAFF_LINKS = "staff-links";

  private final Changes changes;

  JdbcStaffDirectory(
      JdbcOperations jdbc, Clock clock, CalendarDirectory calendars, Changes changes) {
    this.jdbc = jdbc;
    this.clock = clock;
    this.calendars = calendars;
    this.changes = changes;
  }

  /** Another node changed the tenant's applications or staff links: drop what is kept of them. */
  @EventListener
  void on(Changes.Changed change) {
    if (APPLICATIONS.equals(change.topic())) {
      applications.asMap().keySet().removeIf(k -> k.tenantId() == change.tenantId());
    } else if (STAFF_LINKS.equals(change.topic())) {
      staffLinks.asMap().keySet().removeIf(k -> k.tenantId() == change.tenantId());
    }
  }

  /**
   * Every ticket filed reads its application. Only found ones are kept: a change through this node
   * counts once it commits, through another node within {@link #KEPT_FOR}.
   */
  private static final Duration KEPT_FOR = Duration.ofSeconds(10);

  private record AppKey(long tenantId, long applicationId) {}

  private final Cache<AppKey, ApplicationRef> applications =
      Caffeine.newBuilder().expireAfterWrite(KEPT_FOR).maximumSize(100_000).build();

  @Override
  @ReadOnly
  public List<ApplicationRef> vendorApplications(long tenantId) {
    return jdbc.prepareStatement(
        "SELECT "
            + REF_COLUMNS
            + " FROM applications WHERE tenant_id = ? AND vendor_id IS NOT NULL ORDER BY name",
        statement -> {
          statement.setLong(1, tenantId);
          List<ApplicationRef> found = new java.util.ArrayList<>();
          try (ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
              found.add(applicationRef(rows));
            }
          }
          return found;
        });
  }

  private static final String REF_COLUMNS =
      "id, name, vendor, category, criticality, calendar_id, vendor_id";

  private static ApplicationRef applicationRef(ResultSet rows) throws java.sql.SQLException {
    return new ApplicationRef(
        rows.getLong(1),
        rows.getString(2),
        rows.getString(3),
        rows.getObject(7) == null ? null : rows.getLong(7),
        rows.getString(4),
        rows.getInt(5),
        rows.getLong(6));
  }

  @Override
  @ReadOnly
  public Optional<ApplicationRef> application(long tenantId, long applicationId) {
    return keptOrFound(
        applications,
        new AppKey(tenantId, applicationId),
        key -> loadApplication(tenantId, applicationId));
  }

  static final String TRIAGE_NAME = "Other / I don't know";

  @Override
  @io.micronaut.transaction.annotation.Transactional
  public ApplicationRef triageApplication(long tenantId) {
    Optional<Long> found = triageId(tenantId);
    if (found.isEmpty()) {
      // Two first callers at once both insert; the unique name makes the second a no-op.
      long calendar =
          calendars.calendars(tenantId).stream()
              .mapToLong(CalendarDirectory.StoredCalendar::id)
              .min()
              // A health system made outside the setup (an import, a script) may have none yet.
              .orElseThrow(
                  () ->
                      org.medley.platform.Refused.conflict(
                          "applicationId",
                          "Name the application: the hospital has no business calendar yet for"
                              + " the triage application (an administrator adds one under"
                              + " Calendars)."));
      jdbc.prepareStatement(
          "INSERT INTO applications (tenant_id, name, vendor, category, criticality, lifecycle,"
              + " calendar_id, created_at, triage) VALUES (?, ?, 'Unknown', 'UNKNOWN', 3, 'LIVE',"
              + " ?, ?, TRUE) ON DUPLICATE KEY UPDATE triage = TRUE",
          statement -> {
            statement.setLong(1, tenantId);
            statement.setString(2, TRIAGE_NAME);
            statement.setLong(3, calendar);
            statement.setTimestamp(4, java.sql.Timestamp.from(clock.instant()));
            return statement.executeUpdate();
          });
      found = triageId(tenantId);
    }
    long id = found.orElseThrow();
    return application(tenantId, id).orElseThrow();
  }

  private Optional<Long> triageId(long tenantId) {
    return jdbc.prepareStatement(
        "SELECT MIN(id) FROM applications WHERE tenant_id = ? AND triage = TRUE",
        statement -> {
          statement.setLong(1, tenantId);
          try (ResultSet rows = statement.executeQuery()) {
            rows.next();
            long id = rows.getLong(1);
            return rows.wasNull() ? Optional.empty() : Optional.of(id);
          }
        });
  }

  @TransactionalEventListener
  void on(ApplicationWritten event) {
    applications.invalidate(new AppKey(event.tenantId(), event.applicationId()));
    changes.announce(APPLICATIONS, event.tenantId());
  }

  private Optional<ApplicationRef> loadApplication(long tenantId, long applicationId) {
    return jdbc.prepareStatement(
        "SELECT " + REF_COLUMNS + " FROM applications WHERE tenant_id = ? AND id = ?",
        statement -> {
          statement.setLong(1, tenantId);
          statement.setLong(2, applicationId);
          try (ResultSet rows = statement.executeQuery()) {
            if (!rows.next()) {
              return Optional.empty();
            }
            return Optional.of(applicationRef(rows));
          }
        });
  }

  /**
   * Every desk request asks who the caller is on the staff. Only found links are kept: a kept one
   * goes stale when its link is changed or cleared (coverage editor, staff import) or its person is
   * removed, which this node hears once the change commits and other nodes within {@link
   * #LINK_TTL}. Unlinked callers (requesters, agents not yet linked) are asked each time, so a new
   * link counts on every node immediately.
   */
  private static final Duration LINK_TTL = Duration.ofSeconds(30);

  private record Link(long tenantId, long userAccountId) {}

  private final Cache<Link, Long> staffLinks =
      Caffeine.newBuilder().expireAfterWrite(LINK_TTL).maximumSize(100_000).build();

  @Override
  public Optional<Long> staffIdOf(long tenantId, long userAccountId) {
    return keptOrFound(
        staffLinks, new Link(tenantId, userAccountId), key -> loadStaffId(tenantId, userAccountId));
  }

  /**
   * The kept value, or the loaded one, kept only if found. Loading inside the cache's compute means
   * an invalidation after a commit waits for a load in flight and then drops what it read.
   */
  private static <K, V> Optional<V> keptOrFound(
      Cache<K, V> cache, K key, Function<K, Optional<V>> load) {
    return Optional.ofNullable(cache.get(key, k -> load.apply(k).orElse(null)));
  }

  /** Forgets kept links once a removed person's transaction committed. */
  @TransactionalEventListener
  void on(CoverageChanged event) {
    if (event.change() instanceof CoverageModel.Change.PersonRemoved) {
      staffLinks.invalidateAll();
      changes.announce(STAFF_LINKS, event.tenant());
    }
  }

  /** Forgets the kept links of a record whose sign-in changed, once the change committed. */
  @TransactionalEventListener
  void on(StaffLinkChanged event) {
    for (Long account : java.util.Arrays.asList(event.oldAccountId(), event.newAccountId())) {
      if (account != null) {
        staffLinks.invalidate(new Link(event.tenant(), account));
      }
    }
    changes.announce(STAFF_LINKS, event.tenant());
  }

  @Override
  @ReadOnly
  public List<StaffAccount> accountsOf(Collection<Long> staffIds) {
    if (staffIds.isEmpty()) {
      return List.of();
    }
    List<Long> ids = List.copyOf(staffIds);
    return jdbc.prepareStatement(
        "SELECT id, tenant_id, user_account_id FROM staff_members"
            + " WHERE user_account_id IS NOT NULL AND id IN ("
            + marks(ids.size())
            + ")",
        statement -> {
          bind(statement, 1, ids);
          List<StaffAccount> found = new ArrayList<>();
          try (ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
              found.add(new StaffAccount(rows.getLong(1), rows.getLong(2), rows.getLong(3)));
            }
          }
          return found;
        });
  }

  private Optional<Long> loadStaffId(long tenantId, long userAccountId) {
    return jdbc.prepareStatement(
        "SELECT id FROM staff_members WHERE tenant_id = ? AND user_account_id = ?",
        statement -> {
          statement.setLong(1, tenantId);
          statement.setLong(2, userAccountId);
          try (ResultSet rows = statement.executeQuery()) {
            return rows.next() ? Optional.of(rows.getLong(1)) : Optional.empty();
          }
        });
  }

  @Override
  @ReadOnly
  public Map<Long, Integer> skillLevels(
      long tenantId, long applicationId, Collection<Long> staffIds) {
    if (staffIds.isEmpty()) {
      return Map.of();
    }
    List<Long> ids = List.copyOf(staffIds);
    return jdbc.prepareStatement(
        "SELECT k.staff_id, k.level FROM skills k JOIN staff_members s ON s.id = k.staff_id"
            + " WHERE s.tenant_id = ? AND k.application_id = ? AND k.staff_id IN ("
            + marks(ids.size())
            + ")",
        statement -> {
          statement.setLong(1, tenantId);
          statement.setLong(2, applicationId);
          bind(statement, 3, ids);
          Map<Long, Integer> levels = new HashMap<>();
          try (ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
              levels.put(rows.getLong(1), rows.getInt(2));
            }
          }
          return levels;
        });
  }

  /** Those whose weekly shifts, in their own time zone, cover the instant (night shifts too). */
  @Override
  @ReadOnly
  public Set<Long> onShift(long tenantId, Collection<Long> staffIds, Instant at) {
    if (staffIds.isEmpty()) {
      return Set.of();
    }
    List<Long> ids = List.copyOf(staffIds);
    return jdbc.prepareStatement(
        "SELECT s.id, s.zone, h.weekday, h.start_minute, h.end_minute FROM staff_members s"
            + " JOIN shifts h ON h.staff_id = s.id WHERE s.tenant_id = ? AND s.id IN ("
            + marks(ids.size())
            + ")",
        statement -> {
          statement.setLong(1, tenantId);
          bind(statement, 2, ids);
          Map<Long, List<Shift>> shifts = new HashMap<>();
          Map<Long, ZoneId> zones = new HashMap<>();
          try (ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
              long id = rows.getLong(1);
              zones.computeIfAbsent(id, k -> zoneOf(readString(rows, 2)));
              shifts
                  .computeIfAbsent(id, k -> new ArrayList<>())
                  .add(
                      new Shift(
                          DayOfWeek.of(rows.getInt(3)),
                          LocalTime.ofSecondOfDay(rows.getInt(4) * 60L),
                          LocalTime.ofSecondOfDay(rows.getInt(5) * 60L)));
            }
          }
          return shifts.entrySet().stream()
              .filter(e -> Shift.anyCovers(e.getValue(), zones.get(e.getKey()), at))
              .map(Map.Entry::getKey)
              .collect(Collectors.toUnmodifiableSet());
        });
  }

  private static String readString(ResultSet rows, int column) {
    try {
      return rows.getString(column);
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  private static ZoneId zoneOf(String zone) {
    return CoverageModel.zoneOf(zone);
  }

  @Override
  @ReadOnly
  public Map<Long, Double> weeklyCapacityHours(long tenantId, Collection<Long> staffIds) {
    if (staffIds.isEmpty()) {
      return Map.of();
    }
    List<Long> ids = List.copyOf(staffIds);
    return jdbc.prepareStatement(
        "SELECT id, weekly_capacity_hours FROM staff_members WHERE tenant_id = ? AND id IN ("
            + marks(ids.size())
            + ")",
        statement -> {
          statement.setLong(1, tenantId);
          bind(statement, 2, ids);
          Map<Long, Double> hours = new HashMap<>();
          try (ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
              hours.put(rows.getLong(1), rows.getDouble(2));
            }
          }
          return hours;
        });
  }

  @Override
  @ReadOnly
  public Map<Long, Long> employers(long tenantId, Collection<Long> staffIds) {
    if (staffIds.isEmpty()) {
      return Map.of();
    }
    List<Long> ids = List.copyOf(staffIds);
    return jdbc.prepareStatement(
        "SELECT id, employer_id FROM staff_members WHERE tenant_id = ? AND id IN ("
            + marks(ids.size())
            + ")",
        statement -> {
          statement.setLong(1, tenantId);
          bind(statement, 2, ids);
          Map<Long, Long> employers = new HashMap<>();
          try (ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
              employers.put(rows.getLong(1), rows.getLong(2));
            }
          }
          return employers;
        });
  }

  private static void bind(PreparedStatement statement, int first, List<Long> ids)
      throws SQLException {
    for (int i = 0; i < ids.size(); i++) {
      statement.setLong(first + i, ids.get(i));
    }
  }
}
