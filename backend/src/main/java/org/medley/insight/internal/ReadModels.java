package org.medley.insight.internal;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.medley.identity.Hospitals;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Every {@link ReadModel} of insight, rebuilt for one tenant or all: after a restore, a change of
 * the hospital's time zone (days are local), or to repair drift. Each model's rebuild is one
 * transaction of its own; readers see the old figures until it commits.
 */
@Singleton
public class ReadModels {

  private static final Logger LOG = LoggerFactory.getLogger(ReadModels.class);

  private final List<ReadModel> models;
  private final Hospitals hospitals;

  ReadModels(List<ReadModel> models, Hospitals hospitals) {
    this.models = models.stream().sorted(java.util.Comparator.comparing(ReadModel::name)).toList();
    this.hospitals = hospitals;
  }

  @Serdeable
  @Schema(description = "What a rebuild did: per read model and tenant, how long it took")
  public record Rebuilt(List<Entry> models) {
    @Serdeable
    public record Entry(String model, long tenantId, long millis) {}
  }

  /** Rebuilds every model for the tenant, or for every tenant when {@code tenantId} is null. */
  public Rebuilt rebuild(@Nullable Long tenantId) {
    // Every hospital, not only those with SLA timers: a tenant without timers still has tickets.
    List<Long> tenants = tenantId != null ? List.of(tenantId) : hospitals.tenants();
    List<Rebuilt.Entry> done = new ArrayList<>();
    for (long tenant : tenants) {
      for (ReadModel model : models) {
        long t0 = System.nanoTime();
        model.rebuild(tenant);
        long ms = Duration.ofNanos(System.nanoTime() - t0).toMillis();
        LOG.info("Rebuilt read model {} of tenant {} in {} ms", model.name(), tenant, ms);
        done.add(new Rebuilt.Entry(model.name(), tenant, ms));
      }
    }
    return new Rebuilt(done);
  }
}
