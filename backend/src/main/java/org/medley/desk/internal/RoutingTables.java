package org.medley.desk.internal;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.inject.Singleton;
import java.time.Duration;
import org.medley.platform.Changes;

/**
 * Each tenant's routing rules, kept per node: every ticket filed reads them, an admin changes them
 * a few times a month. An edit through this node counts from its commit ({@link #forget}); one
 * through another node within {@link #KEPT_FOR}, as for SLA policies.
 */
@Singleton
class RoutingTables {

  static final Duration KEPT_FOR = Duration.ofSeconds(10);

  private final Cache<Long, RoutingRules> byTenant =
      Caffeine.newBuilder()
          .expireAfterWrite(KEPT_FOR)
          .maximumSize(SupportGroupStore.CACHED)
          .build();

  static final String TOPIC = "routing";

  private final RoutingRuleStore store;
  private final Changes changes;

  RoutingTables(RoutingRuleStore store, Changes changes) {
    this.store = store;
    this.changes = changes;
  }

  /** The tenant's rules, read in the caller's transaction when not kept. */
  RoutingRules of(long tenantId) {
    return byTenant.get(tenantId, t -> store.table(t).routing());
  }

  /**
   * Drops the tenant's kept rules; called after a routing write commits (a read racing the write
   * may load the old ones; they are then kept until {@link #KEPT_FOR}).
   */
  void forget(long tenantId) {
    byTenant.invalidate(tenantId);
    changes.announce(TOPIC, tenantId);
  }

  /** Another node changed the tenant's routing. */
  @EventListener
  void on(Changes.Changed change) {
    if (TOPIC.equals(change.topic())) {
      byTenant.invalidate(change.tenantId());
    }
  }
}
