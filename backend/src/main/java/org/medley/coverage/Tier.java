package org.medley.coverage;

/** Support tiers, in escalation order. */
public enum Tier {
  L1,
  L2,
  L3,
  VENDOR
}
