package org.medley.market.internal;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** The JSON of the engagements API: bodies it accepts (validated) and what it answers. */
final class EngagementApi {

  private EngagementApi() {}

  static final String STATUS = "PLANNED|ACTIVE|ENDED";
  static final int MAX_GROUPS = 20;

  /**
   * An engagement as recorded or changed. {@code partnerId} is required when recording and cannot
   * change afterwards; {@code groupIds} replaces the groups the engagement provides; {@code
   * version} is required on a change; {@code connectorId} names the partner's desk (one of the
   * hospital's connectors, see the choices) or none.
   */
  @Serdeable
  record Input(
      @Nullable @Min(1) Long partnerId,
      @NotBlank @Size(max = 200) String name,
      @NotBlank @Size(max = 4000) String scope,
      @NotNull LocalDate startsOn,
      @Nullable LocalDate endsOn,
      @Nullable @Min(1) Long managerAccountId,
      @Nullable @Min(1) Long staffingRequestId,
      @Nullable @Size(max = MAX_GROUPS) List<@NotNull @Min(1) Long> groupIds,
      @Nullable @Min(1) Long connectorId,
      @Nullable @Min(0) Long version,
      @Nullable @Size(max = 200) String agreementReference) {}

  @Serdeable
  record Ending(@NotBlank @Size(max = 1000) String reason, @NotNull @Min(0) Long version) {}

  @Serdeable
  record PartnerRef(long id, String name) {}

  @Serdeable
  record PersonRef(long id, String name, @Nullable String title, @Nullable String email) {}

  @Serdeable
  record GroupRef(long id, String name, String tier) {}

  @Serdeable
  record RequestRef(long id, String title) {}

  /** A partner-desk connector: {@code kind} is its protocol (e.g. REQUEST_TRACKER). */
  @Serdeable
  record DeskRef(long id, String name, String kind) {}

  @Serdeable
  record Event(
      String action, String actor, String actorName, Instant at, @Nullable String detail) {}

  /** An engagement as read; {@code history} only on the single read. */
  @Serdeable
  record View(
      long id,
      PartnerRef partner,
      String name,
      String scope,
      String status,
      LocalDate startsOn,
      @Nullable LocalDate endsOn,
      @Nullable Instant endedAt,
      @Nullable String endedBy,
      @Nullable PersonRef manager,
      @Nullable RequestRef staffingRequest,
      List<GroupRef> groups,
      @Nullable Long connectorId,
      @Nullable DeskRef connector,
      @Nullable Long proposalId,
      @Nullable String agreementReference,
      String createdBy,
      Instant createdAt,
      Instant updatedAt,
      long version,
      @Nullable List<Event> history) {}

  /** A partner group to choose, and the engagement that provides it now, if any. */
  @Serdeable
  record GroupChoice(
      long id,
      String name,
      String tier,
      long partnerId,
      @Nullable Long engagementId,
      @Nullable String engagementName) {}

  @Serdeable
  record ManagerChoice(long id, String name, @Nullable String title, long partnerId) {}

  /** What a leader chooses from when recording an engagement, in one read. */
  @Serdeable
  record Choices(
      List<PartnerRef> partners,
      List<ManagerChoice> managers,
      List<GroupChoice> groups,
      List<RequestRef> staffingRequests,
      List<DeskRef> desks) {}
}
