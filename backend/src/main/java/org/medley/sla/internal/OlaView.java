package org.medley.sla.internal;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.util.List;

/** An engagement's OLA as the API shows it; names for display beside the ids. */
@Serdeable
record OlaView(
    long id,
    long engagementId,
    @Nullable String engagementName,
    long partnerId,
    @Nullable String partnerName,
    long calendarId,
    String response,
    String resolution,
    List<String> pauseOn,
    List<Integer> warnings,
    List<BreachAction> breachActions,
    long version) {

  static OlaView of(
      OlaPolicy ola, @Nullable String engagementName, @Nullable String partnerName, long version) {
    PolicyTerms terms = ola.terms();
    return new OlaView(
        ola.id(),
        ola.engagementId(),
        engagementName,
        ola.partnerId(),
        partnerName,
        terms.calendarId(),
        terms.response().toString(),
        terms.resolution().toString(),
        terms.pauseOn().sorted(),
        terms.warnings(),
        terms.sortedActions(),
        version);
  }
}
