package org.medley.desk;

/** Support tiers, in escalation order. */
public enum Tier {
  L1,
  L2,
  L3,
  VENDOR
}
