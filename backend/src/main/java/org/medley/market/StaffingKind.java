package org.medley.market;

/** How long and why partner staff are wanted (DESIGN.md, Marketplace). */
public enum StaffingKind {
  /** Ongoing cover, e.g. a second expert for an application; may be open-ended. */
  LONG_TERM,
  /** Cover for a known absence or backlog, with an end date. */
  TEMPORARY,
  /** A project (upgrade, migration) with an end date. */
  PROJECT,
  /** Extra hands around a go-live or upgrade weekend, with an end date. */
  GO_LIVE_SURGE;

  /** Every kind but long-term cover ends on a known date. */
  public boolean needsEndDate() {
    return this != LONG_TERM;
  }
}
