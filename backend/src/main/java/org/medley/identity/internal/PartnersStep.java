package org.medley.identity.internal;

import jakarta.inject.Singleton;
import org.medley.identity.Partners;
import org.medley.platform.SetupStep;

/** The checklist's partners: {@link Partners}, the one definition of a hospital's partners. */
@Singleton
class PartnersStep implements SetupStep {

  private final Partners partners;

  PartnersStep(Partners partners) {
    this.partners = partners;
  }

  @Override
  public String key() {
    return "partners";
  }

  @Override
  public String label() {
    return "Partners";
  }

  @Override
  public String hint() {
    return "If partners work tickets for you, engage one in the Marketplace and record its"
        + " business associate agreement.";
  }

  @Override
  public String link() {
    return "/marketplace?tab=engagements";
  }

  @Override
  public int order() {
    return 80;
  }

  @Override
  public long count(long tenantId) {
    return partners.of(tenantId).size();
  }
}
