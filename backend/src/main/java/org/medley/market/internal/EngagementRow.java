package org.medley.market.internal;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;
import java.time.LocalDate;
import org.medley.market.Engagement;

/** A stored engagement; its partner, manager and groups are ids into other features. */
@MappedEntity("engagements")
record EngagementRow(
    @Id @GeneratedValue Long id,
    long tenantId,
    long partnerId,
    String name,
    String scope,
    LocalDate startsOn,
    @Nullable LocalDate endsOn,
    @Nullable Instant endedAt,
    @Nullable String endedBy,
    @Nullable Long managerAccountId,
    @Nullable Long staffingRequestId,
    @Nullable Long connectorId,
    String createdBy,
    Instant createdAt,
    Instant updatedAt,
    long version,
    @Nullable Long proposalId,
    @Nullable String agreementReference) {

  Engagement.Terms terms() {
    return new Engagement.Terms(name, scope, startsOn, endsOn);
  }

  Engagement engagement() {
    return Engagement.restore(terms(), endedAt);
  }
}
