package org.medley.market;

/**
 * Where a staffing request stands: OPEN while only the hospital sees it, PUBLISHED once partners
 * may propose, AWARDED once a proposal was accepted; CANCELLED from either of the first two.
 */
public enum StaffingStatus {
  OPEN,
  PUBLISHED,
  AWARDED,
  CANCELLED
}
