package org.medley.sla.internal;

import jakarta.inject.Singleton;
import java.time.Duration;
import java.util.List;
import org.medley.market.OlaCommitments;

/** {@link OlaCommitments}: an accepted proposal's OLA, made as an admin would make it. */
@Singleton
class EngagementOlas implements OlaCommitments {

  private final OlaPolicies olas;

  EngagementOlas(OlaPolicies olas) {
    this.olas = olas;
  }

  @Override
  public void commit(
      long tenantId,
      long engagementId,
      long calendarId,
      Duration response,
      Duration resolution,
      String actor) {
    olas.create(
        tenantId,
        actor,
        new OlaInput(
            engagementId,
            calendarId,
            response.toString(),
            resolution.toString(),
            null,
            List.of(75, 90),
            null,
            null));
  }
}
