package org.medley.coverage;

import java.util.List;

/**
 * The coverage matrix's risk as read models and executives see it: how many applications are GOOD,
 * at RISK or a GAP now, and which ones are at RISK or GAP or rest on one expert (bus factor 1),
 * with their criticality.
 */
public interface CoverageRisk {

  /** One application at RISK or GAP, or with a bus factor of 1. */
  @io.micronaut.serde.annotation.Serdeable
  record Application(long id, String name, int criticality, CoverageStatus status, int busFactor) {}

  /** The matrix now: its counts, and the applications worth an executive's attention. */
  record Now(long revision, int good, int risk, int gap, List<Application> attention) {}

  /** The tenants that have a catalog. */
  List<Long> tenants();

  /** The tenant's matrix now (from the kept model: cheap). */
  Now now(long tenantId);
}
