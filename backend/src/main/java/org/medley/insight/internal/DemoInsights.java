package org.medley.insight.internal;

import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.inject.Singleton;
import org.medley.demo.DemoServing;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The demo's history is seeded as rows, not events: once the seed has committed, the read models
 * are built from those rows (settlements after this add to them as usual).
 */
@Singleton
class DemoInsights {

  private static final Logger LOG = LoggerFactory.getLogger(DemoInsights.class);
  private final ReadModels models;

  DemoInsights(ReadModels models) {
    this.models = models;
  }

  @EventListener
  void onSeeded(DemoServing event) {
    try {
      models.rebuild(null);
    } catch (Exception e) {
      // A demo that starts matters more; POST /api/insights/rebuild repairs it.
      LOG.warn("Building the insight read models after the demo seed failed", e);
    }
  }
}
