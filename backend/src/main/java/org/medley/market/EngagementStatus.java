package org.medley.market;

/** Where an engagement stands on a given day: derived from its dates and whether it was ended. */
public enum EngagementStatus {
  /** Starts on a later day; its groups receive tickets but its OLA does not run yet. */
  PLANNED,
  /** In force: its OLA runs while its groups hold tickets, its manager hears of breaches. */
  ACTIVE,
  /** Past its end date, or ended by a person. */
  ENDED
}
