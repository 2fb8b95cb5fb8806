package org.medley.sla.internal;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.micronaut.data.exceptions.DataAccessException;
import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import org.medley.platform.Changes;

/**
 * Each tenant's active SLA policies, for matching. Every ticket opening and change matches them,
 * and they change a few times a year: they are kept per tenant. An edit through this node counts
 * from its commit; one through another node within {@link #KEPT_FOR}.
 */
@Singleton
class ActivePolicies {

  static final Duration KEPT_FOR = Duration.ofSeconds(10);

  private final Cache<Long, List<SlaPolicy>> byTenant =
      Caffeine.newBuilder().expireAfterWrite(KEPT_FOR).maximumSize(10_000).build();

  static final String TOPIC = "sla-policies";

  private final PolicyStore store;
  private final Changes changes;

  ActivePolicies(PolicyStore store, Changes changes) {
    this.store = store;
    this.changes = changes;
  }

  /** The tenant's active policies (a handful), read on {@code c} when not kept. */
  List<SlaPolicy> of(Connection c, long tenant) throws SQLException {
    try {
      return byTenant.get(tenant, t -> load(c, t));
    } catch (DataAccessException e) {
      if (e.getCause() instanceof SQLException cause) {
        throw cause;
      }
      throw e;
    }
  }

  /**
   * Drops the tenant's kept policies. Called after a policy write commits (a read racing the write
   * may load the old ones; they are then kept until {@link #KEPT_FOR}).
   */
  void forget(long tenant) {
    byTenant.invalidate(tenant);
    changes.announce(TOPIC, tenant);
  }

  /** Another node changed the tenant's policies. */
  @EventListener
  void on(Changes.Changed change) {
    if (TOPIC.equals(change.topic())) {
      byTenant.invalidate(change.tenantId());
    }
  }

  private List<SlaPolicy> load(Connection c, long tenant) {
    try {
      return List.copyOf(store.active(c, tenant));
    } catch (SQLException e) {
      throw new DataAccessException("Could not read the active SLA policies", e);
    }
  }
}
