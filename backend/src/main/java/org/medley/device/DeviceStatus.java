package org.medley.device;

/** Where a device stands in the fleet. The one list of device statuses (API, import, SPA). */
public enum DeviceStatus {
  IN_SERVICE,
  OUT_FOR_REPAIR,
  /** Not found at its location at the last inventory or maintenance visit. */
  CANNOT_LOCATE,
  RETIRED
}
