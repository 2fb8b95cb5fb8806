package org.medley.device;

/** What a work order is for. The one list of kinds (API, store, SPA). */
public enum WorkOrderKind {
  /** A fault reported on the desk ("pump 4417 alarms"). */
  CORRECTIVE,
  /** Scheduled maintenance generated from the model's interval. */
  PREVENTIVE,
  /** Patching or mitigating a device named by a security advisory. */
  REMEDIATION
}
