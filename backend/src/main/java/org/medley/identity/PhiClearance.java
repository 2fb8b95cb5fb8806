package org.medley.identity;

/**
 * Who reads patient information as written and who through the {@link MinimumNecessary} filter: the
 * health system's own people read it as written; a partner's agents only while their organisation
 * has a business associate agreement in force with the caller's health system.
 */
public interface PhiClearance {

  /** Whether the caller may read PHI unfiltered today. */
  boolean readsPhi(Caller caller);

  /** The tenant's minimum-necessary filter (the names its organisation lists included). */
  MinimumNecessary filter(long tenantId);
}
