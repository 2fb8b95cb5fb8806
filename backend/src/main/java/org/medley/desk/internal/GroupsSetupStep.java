package org.medley.desk.internal;

import jakarta.inject.Singleton;
import org.medley.platform.SetupStep;

/** The setup checklist's "groups" line: the hospital's support groups still in service. */
@Singleton
class GroupsSetupStep implements SetupStep {

  private final SupportGroupSetup setup;

  GroupsSetupStep(SupportGroupSetup setup) {
    this.setup = setup;
  }

  @Override
  public String key() {
    return "groups";
  }

  @Override
  public String label() {
    return "Support groups";
  }

  @Override
  public String hint() {
    return "Create your first group: usually an L1 Service Desk that takes every new ticket.";
  }

  @Override
  public String link() {
    return "/admin/support-groups";
  }

  @Override
  public int order() {
    return 50;
  }

  @Override
  public long count(long tenantId) {
    return setup.activeGroups(tenantId);
  }
}
