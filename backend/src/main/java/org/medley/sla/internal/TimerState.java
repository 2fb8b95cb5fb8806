package org.medley.sla.internal;

/** Where an SLA or OLA timer stands. MET, BREACHED and CANCELLED timers are no longer checked. */
enum TimerState {
  RUNNING,
  PAUSED,
  MET,
  BREACHED,
  CANCELLED;

  boolean isOpen() {
    return this == RUNNING || this == PAUSED;
  }
}
