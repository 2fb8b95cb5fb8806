package org.medley.coverage.internal;

import io.micronaut.transaction.annotation.ReadOnly;
import jakarta.inject.Singleton;
import java.util.Comparator;
import java.util.List;
import org.medley.coverage.CoverageRisk;
import org.medley.coverage.CoverageStatus;

/** {@link CoverageRisk} from the tenant's kept matrix. */
@Singleton
class MatrixRisk implements CoverageRisk {

  private final CoverageService coverage;
  private final SnapshotStore snapshots;

  MatrixRisk(CoverageService coverage, SnapshotStore snapshots) {
    this.coverage = coverage;
    this.snapshots = snapshots;
  }

  @Override
  @ReadOnly
  public List<Long> tenants() {
    return snapshots.tenants();
  }

  @Override
  @ReadOnly
  public Now now(long tenantId) {
    Views.Matrix matrix = coverage.matrix(tenantId);
    List<Application> attention =
        matrix.applications().stream()
            .filter(a -> a.status() != CoverageStatus.GOOD || a.busFactor() == 1)
            .map(a -> new Application(a.id(), a.name(), a.criticality(), a.status(), a.busFactor()))
            .sorted(
                Comparator.comparing(Application::criticality)
                    .thenComparing(Application::status, Comparator.reverseOrder())
                    .thenComparing(Application::name)
                    .thenComparing(Application::id))
            .toList();
    return new Now(
        matrix.revision(),
        matrix.counts().good(),
        matrix.counts().risk(),
        matrix.counts().gap(),
        attention);
  }
}
