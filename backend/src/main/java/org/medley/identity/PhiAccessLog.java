package org.medley.identity;

import java.util.List;

/**
 * The record of every look at protected health information. Features that show a PHI-flagged ticket
 * call this in the same transaction as the read; nothing can change or delete an entry.
 */
public interface PhiAccessLog {

  /** A ticket reference and the PHI-bearing fields the caller was shown. */
  record Read(long ticketId, String ticketNumber, List<String> fields) {}

  /**
   * Records reads by the caller through a channel such as {@code API} or {@code PARTNER_PORTAL}.
   */
  void record(Caller caller, String channel, List<Read> reads);
}
