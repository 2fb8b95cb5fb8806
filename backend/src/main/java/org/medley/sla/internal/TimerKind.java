package org.medley.sla.internal;

/** The customer-facing SLA, or a partner's OLA for the part of the ticket's life it holds. */
enum TimerKind {
  SLA,
  OLA
}
