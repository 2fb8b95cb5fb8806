package org.medley.insight.internal;

import io.micronaut.context.annotation.Requires;
import io.micronaut.context.annotation.Value;
import io.micronaut.runtime.event.annotation.EventListener;
import io.micronaut.runtime.server.event.ServerStartupEvent;
import jakarta.inject.Singleton;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Rebuilds every read model of one tenant when the server starts, if {@code
 * medley.insight.rebuild-tenant} names it, and logs how long each took: what
 * infra/scripts/bench-insight-ops.sh times. The operators' rebuild command (issue #22, part A) is
 * the way to rebuild in production.
 */
@Singleton
@Requires(property = "medley.insight.rebuild-tenant")
class RebuildOnStart {

  private static final Logger LOG = LoggerFactory.getLogger(RebuildOnStart.class);

  private final List<ReadModel> models;
  private final long tenant;

  RebuildOnStart(List<ReadModel> models, @Value("${medley.insight.rebuild-tenant}") long tenant) {
    this.models = models;
    this.tenant = tenant;
  }

  @EventListener
  void on(ServerStartupEvent event) {
    for (ReadModel model : models) {
      long started = System.nanoTime();
      model.rebuild(tenant);
      LOG.info(
          "Rebuilt read model {} of tenant {} in {} ms",
          model.name(),
          tenant,
          (System.nanoTime() - started) / 1_000_000);
    }
  }
}
