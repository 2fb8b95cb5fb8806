package org.medley.coverage;

import java.util.Collection;
import java.util.Map;

/**
 * The certifications people hold, for features that show who was competent to do the work (HTM's
 * audit record): the current record of the coverage matrix, not its history.
 */
public interface StaffCertifications {

  /**
   * For each of {@code staffIds} on the tenant's staff, their certifications by the name of the
   * catalog row they back (for a device class, the class: "Infusion pump"); people without one are
   * left out.
   */
  Map<Long, Map<String, Certification>> byRow(long tenantId, Collection<Long> staffIds);
}
