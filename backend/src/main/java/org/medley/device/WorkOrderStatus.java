package org.medley.device;

/** Where a work order stands. Every status but {@link #OPEN} is final. */
public enum WorkOrderStatus {
  OPEN,
  DONE,
  /** Corrective work whose fault the technician could not reproduce: a training signal. */
  COULD_NOT_DUPLICATE,
  /** Not done, with a reason (device retired, could not be located, superseded). */
  CANCELLED;

  public boolean closed() {
    return this != OPEN;
  }
}
