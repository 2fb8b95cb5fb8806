package org.medley.market.internal;

/**
 * Where a go-live event stands: {@code PLANNED → LIVE → DONE}, or {@code CANCELLED} from either of
 * the first two. A past go-live may be recorded and finished straight from PLANNED. Rules: {@link
 * GoLiveEvent}.
 */
enum GoLiveStatus {
  PLANNED,
  LIVE,
  DONE,
  CANCELLED;

  /** Whether the event may still change: its plan, window, or status. */
  boolean isOpen() {
    return this == PLANNED || this == LIVE;
  }
}
