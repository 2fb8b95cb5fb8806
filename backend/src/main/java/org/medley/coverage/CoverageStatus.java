package org.medley.coverage;

/** How well an application is covered, worst last in severity order: GAP, RISK, GOOD. */
public enum CoverageStatus {
  /** Enough experts and the whole support window covered by their shifts. */
  GOOD,
  /** One expert short of the threshold, or part of the support window uncovered. */
  RISK,
  /** Nobody able to support it, or none of its support window covered. */
  GAP
}
