package org.medley.desk;

import io.micronaut.core.annotation.Nullable;
import java.time.Instant;

/**
 * What the SLA feature will promise a ticket about to be filed. The desk stores the answer with the
 * ticket, so a queue sorts a new ticket by its deadline from the first write on, without a second
 * statement once the timers exist. Should the timers disagree, {@code SlaDueChanged} corrects it.
 */
public interface SlaForecast {

  /**
   * The nearest SLA deadline the ticket will run against; null if none runs (no policy, paused).
   */
  @Nullable
  Instant firstDue(TicketSnapshot opening);
}
