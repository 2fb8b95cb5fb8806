package org.medley.setup.internal;

import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.transaction.annotation.ReadOnly;
import jakarta.inject.Singleton;
import java.util.Comparator;
import java.util.List;
import org.medley.platform.SetupStep;

/**
 * The admin's setup checklist: every feature's {@link SetupStep}, in order, each with what the
 * tenant has of it. A step is done once the count is above zero.
 */
@Singleton
class SetupChecklist {

  @Serdeable
  record Step(String key, String label, String hint, String link, long count, boolean done) {}

  @Serdeable
  record Checklist(List<Step> steps, int done, int total) {}

  private final List<SetupStep> steps;

  SetupChecklist(List<SetupStep> steps) {
    this.steps =
        steps.stream()
            .sorted(Comparator.comparingInt(SetupStep::order).thenComparing(SetupStep::key))
            .toList();
  }

  /** One read transaction for every count, so the list is one moment's picture. */
  @ReadOnly
  Checklist of(long tenantId) {
    List<Step> counted =
        steps.stream()
            .map(
                step -> {
                  long count = step.count(tenantId);
                  return new Step(
                      step.key(), step.label(), step.hint(), step.link(), count, count > 0);
                })
            .toList();
    return new Checklist(
        counted, (int) counted.stream().filter(Step::done).count(), counted.size());
  }
}
