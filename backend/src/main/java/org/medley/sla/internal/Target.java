package org.medley.sla.internal;

/** What a timer measures: time to the first response, or time to resolution. */
enum Target {
  RESPONSE,
  RESOLUTION
}
