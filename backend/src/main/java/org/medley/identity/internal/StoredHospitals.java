package org.medley.identity.internal;

import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.LoadingCache;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.runtime.event.annotation.EventListener;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.ResultSet;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.medley.identity.Hospitals;
import org.medley.identity.MinimumNecessary;
import org.medley.identity.ReopenWindow;
import org.medley.platform.Changes;

/**
 * {@link Hospitals} from the tenant's organisation row, each tenant's settings cached for at most
 * {@link Hospitals#STALENESS} (the desk asks on every transition and the filter's pattern is built
 * once per list) and dropped at once here when {@link HospitalSettings} saves a change.
 */
@Singleton
class StoredHospitals implements Hospitals {

  /** One tenant's settings as the other features read them. */
  private record Profile(
      ZoneId zone, Duration reopenWindow, MinimumNecessary filter, Optional<Long> calendar) {}

  private final JdbcOperations jdbc;
  private final TransactionOperations<Connection> tx;
  private final LoadingCache<Long, Profile> profiles;
  private final Changes changes;

  StoredHospitals(JdbcOperations jdbc, TransactionOperations<Connection> tx, Changes changes) {
    this.jdbc = jdbc;
    this.tx = tx;
    this.changes = changes;
    this.profiles =
        Caffeine.newBuilder()
            .maximumSize(1_000)
            .expireAfterWrite(STALENESS)
            .build(tenant -> tx.executeRead(status -> load(tenant)));
  }

  @Override
  public ZoneId zone(long tenantId) {
    return profiles.get(tenantId).zone();
  }

  @Override
  public List<Long> tenants() {
    return tx.executeRead(
        status -> {
          List<Long> ids = new java.util.ArrayList<>();
          try (var s =
                  status
                      .getConnection()
                      .prepareStatement(
                          "SELECT id FROM organizations WHERE kind = 'HEALTH_SYSTEM' ORDER BY id");
              var rows = s.executeQuery()) {
            while (rows.next()) {
              ids.add(rows.getLong(1));
            }
          }
          return ids;
        });
  }

  @Override
  public Duration reopenWindow(long tenantId) {
    return profiles.get(tenantId).reopenWindow();
  }

  @Override
  public MinimumNecessary minimumNecessary(long tenantId) {
    return profiles.get(tenantId).filter();
  }

  @Override
  public Optional<Long> defaultCalendar(long tenantId) {
    return profiles.get(tenantId).calendar();
  }

  /** Drops the tenant's cached settings, after a change this node saved. */
  void forget(long tenantId) {
    profiles.invalidate(tenantId);
    changes.announce(TOPIC, tenantId);
  }

  private static final String TOPIC = "hospital";

  /** Another node changed the hospital's settings. */
  @EventListener
  void on(Changes.Changed change) {
    if (TOPIC.equals(change.topic())) {
      profiles.invalidate(change.tenantId());
    }
  }

  private Profile load(long tenantId) {
    List<String> names =
        jdbc.prepareStatement(
            "SELECT name FROM organization_masked_names WHERE organization_id = ?",
            statement -> {
              statement.setLong(1, tenantId);
              List<String> found = new ArrayList<>();
              try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                  found.add(rows.getString(1));
                }
              }
              return found;
            });
    return jdbc.prepareStatement(
        "SELECT time_zone, reopen_window, default_calendar_id FROM organizations WHERE id = ?",
        statement -> {
          statement.setLong(1, tenantId);
          try (ResultSet rows = statement.executeQuery()) {
            if (!rows.next()) {
              return new Profile(
                  ZoneOffset.UTC,
                  ReopenWindow.DEFAULT,
                  new MinimumNecessary(names),
                  Optional.empty());
            }
            long calendar = rows.getLong(3);
            return new Profile(
                zone(rows.getString(1)),
                ReopenWindow.parse(rows.getString(2)).orElse(ReopenWindow.DEFAULT),
                new MinimumNecessary(names),
                rows.wasNull() ? Optional.empty() : Optional.of(calendar));
          }
        });
  }

  private static ZoneId zone(String id) {
    try {
      return ZoneId.of(id);
    } catch (DateTimeException e) {
      return ZoneOffset.UTC;
    }
  }
}
