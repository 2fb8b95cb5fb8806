package org.medley.device;

/** How bad a security advisory is, in the words of the CVSS v3 qualitative ratings. */
public enum AdvisorySeverity {
  LOW,
  MEDIUM,
  HIGH,
  CRITICAL
}
