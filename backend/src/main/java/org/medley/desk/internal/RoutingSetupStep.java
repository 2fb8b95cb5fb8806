package org.medley.desk.internal;

import io.micronaut.transaction.annotation.ReadOnly;
import jakarta.inject.Singleton;
import org.medley.platform.SetupStep;

/** The checklist's "routing" line: the tenant's routing rules and default groups. */
@Singleton
class RoutingSetupStep implements SetupStep {

  private final RoutingRuleStore store;

  RoutingSetupStep(RoutingRuleStore store) {
    this.store = store;
  }

  @Override
  public String key() {
    return "routing";
  }

  @Override
  public String label() {
    return "Routing rules";
  }

  @Override
  public String hint() {
    return "Say which support group takes which tickets: set a default L1 group, then add rules"
        + " for applications, categories or departments that go elsewhere.";
  }

  @Override
  public String link() {
    return "/admin/routing";
  }

  @Override
  public int order() {
    return 60;
  }

  /** Rules plus default groups: a hospital routing everything to one default has set routing up. */
  @Override
  @ReadOnly
  public long count(long tenantId) {
    return store.count(tenantId);
  }
}
