package org.medley.coverage;

/**
 * The device feature's way into the catalog: each device class a hospital keeps (infusion pumps,
 * ventilators, CT scanners) is a catalog row of category {@link #CATEGORY}, so the coverage matrix
 * shows biomed gaps exactly as it shows IT gaps, and a gap turns into a staffing request to an HTM
 * partner by the same flow. Coverage defines the port, device calls it: coverage knows nothing of
 * devices.
 */
public interface DeviceClasses {

  /** The catalog category of device-class rows. */
  String CATEGORY = "CLINICAL_DEVICE";

  /** The vendor a device-class row names: a class spans manufacturers. */
  String VENDOR = "Medical device manufacturers";

  /**
   * Keeps the device class a catalog row of {@code criticality} (1 most critical), creating it
   * (supported around the clock: the tenant's "24x7" calendar, or its first) or setting its
   * criticality; inside the caller's transaction. A row of another category that happens to bear
   * the name is left as it is. Returns the row's application id.
   */
  long keep(long tenantId, String deviceClass, int criticality);
}
