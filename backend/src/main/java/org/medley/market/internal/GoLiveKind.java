package org.medley.market.internal;

/** What a go-live event is: an application going live for the first time, or an upgrade. */
enum GoLiveKind {
  GO_LIVE,
  UPGRADE
}
