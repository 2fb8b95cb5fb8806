package org.medley.sla.internal;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.util.List;

/** An SLA policy as the API takes it; enums as strings so every mistake names its field. */
@Serdeable
record PolicyInput(
    @Nullable String name,
    @Nullable String ticketType,
    @Nullable String priority,
    @Nullable Integer criticality,
    @Nullable Long organizationId,
    @Nullable Long engagementId,
    @Nullable Long calendarId,
    @Nullable String response,
    @Nullable String resolution,
    @Nullable String responseMetBy,
    @Nullable List<String> pauseOn,
    @Nullable List<Integer> warnings,
    @Nullable List<String> breachActions,
    @Nullable String onRetarget,
    @Nullable Boolean active,
    @Nullable Long version) {

  PolicyTerms.Draft terms() {
    return new PolicyTerms.Draft(
        calendarId, response, resolution, pauseOn, warnings, breachActions);
  }
}
