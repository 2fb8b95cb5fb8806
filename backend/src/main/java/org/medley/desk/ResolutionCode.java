package org.medley.desk;

/** How a ticket was resolved; reported in compliance and reopen figures. */
public enum ResolutionCode {
  FIXED,
  WORKAROUND,
  REQUEST_FULFILLED,
  NO_FAULT_FOUND,
  DUPLICATE,
  USER_ERROR,
  VENDOR_FIX
}
