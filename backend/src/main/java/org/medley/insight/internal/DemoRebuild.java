package org.medley.insight.internal;

import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.inject.Singleton;
import java.util.List;
import org.medley.coverage.CoverageRisk;
import org.medley.demo.DemoSeeded;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The demo seed writes much of its history in SQL, past the desk's events: once it has committed,
 * every read model is rebuilt so the demo's insights show that history.
 */
@Singleton
class DemoRebuild {

  private static final Logger LOG = LoggerFactory.getLogger(DemoRebuild.class);

  private final List<ReadModel> models;
  private final CoverageRisk tenants;

  DemoRebuild(List<ReadModel> models, CoverageRisk tenants) {
    this.models = models;
    this.tenants = tenants;
  }

  @EventListener
  void onSeeded(DemoSeeded event) {
    for (long tenant : tenants.tenants()) {
      for (ReadModel model : models) {
        try {
          model.rebuild(tenant);
        } catch (Exception e) {
          // A demo that starts matters more; the rebuild command can be run again. (Exception:
          // JDBC work in listeners can let a checked SQLException through undeclared.)
          LOG.warn(
              "Rebuilding {} for tenant {} after the demo seed failed", model.name(), tenant, e);
        }
      }
    }
  }
}
