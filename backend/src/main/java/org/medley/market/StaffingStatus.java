package org.medley.market;

/** Where a staffing request stands. Proposals and awards add states with the marketplace. */
public enum StaffingStatus {
  OPEN,
  CANCELLED
}
