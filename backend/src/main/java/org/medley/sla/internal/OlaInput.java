package org.medley.sla.internal;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.util.List;

/** An OLA as the API takes it; enums as strings so every mistake names its field. */
@Serdeable
record OlaInput(
    @Nullable Long engagementId,
    @Nullable Long calendarId,
    @Nullable String response,
    @Nullable String resolution,
    @Nullable List<String> pauseOn,
    @Nullable List<Integer> warnings,
    @Nullable List<String> breachActions,
    @Nullable Long version) {

  PolicyTerms.Draft terms() {
    return new PolicyTerms.Draft(
        calendarId, response, resolution, pauseOn, warnings, breachActions);
  }
}
