package org.medley.desk;

/** Why a ticket waits: the clock of the waiting party, not the desk's, is running. */
public enum PendingReason {
  CUSTOMER,
  VENDOR,
  PARTNER,
  CHANGE
}
