package org.medley.market.internal;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.medley.coverage.CoverageForecast;

/** The JSON of {@code /api/proposals} and of a request's matches and comparison. */
final class ProposalApi {

  private ProposalApi() {}

  @Serdeable
  record Commitments(
      @NotNull @Min(1) @Max(10_080) Integer responseMinutes,
      @NotNull @Min(1) @Max(2_160) Integer resolutionHours,
      @Nullable @Size(max = 1000) String notes) {}

  /** A proposal as written; {@code staffingRequestId} counts on creation only. */
  @Serdeable
  record Input(
      @Nullable @Min(1) Long staffingRequestId,
      @NotEmpty @Size(max = 20) List<PartnerProfile.@Valid @NotNull Person> people,
      @NotNull @DecimalMin("1") @DecimalMax("10000") Double hourlyRate,
      @NotNull @Pattern(regexp = PartnerProfile.TIER, message = "must be L1, L2 or L3") String tier,
      @NotNull @Valid Commitments commitments,
      @NotNull LocalDate startsOn,
      @Nullable @Size(max = 4000) String notes,
      @Nullable @Min(0) Long version) {}

  @Serdeable
  record Step(@NotNull @Min(0) Long version, @Nullable @Size(max = 1000) String reason) {}

  @Serdeable
  record Decision(@NotBlank @Size(max = 2000) String comment, @NotNull @Min(0) Long version) {}

  @Serdeable
  record Ref(long id, String name) {}

  @Serdeable
  record RequestRef(long id, String title) {}

  @Serdeable
  record View(
      long id,
      long staffingRequestId,
      RequestRef request,
      Ref partner,
      String status,
      List<PartnerApi.PersonView> people,
      double hourlyRate,
      double weeklyCost,
      String tier,
      Commitments commitments,
      LocalDate startsOn,
      @Nullable LocalDate endsOn,
      @Nullable String notes,
      @Nullable String decisionComment,
      @Nullable String decidedBy,
      @Nullable Instant decidedAt,
      @Nullable Long engagementId,
      String createdBy,
      Instant createdAt,
      @Nullable Instant submittedAt,
      Instant updatedAt,
      long version,
      @Nullable List<Api.Event> history) {}

  @Serdeable
  record Page(List<View> items, int total) {}

  /** A partner ranked for a request, whether it sees the request and how many proposals it made. */
  @Serdeable
  record MatchView(
      long partnerId,
      String name,
      int score,
      int applicationsCovered,
      int applicationsRequested,
      double windowCoverage,
      List<String> reasons,
      boolean published,
      int proposals) {}

  @Serdeable
  record Matches(List<MatchView> items) {}

  /** One proposal beside the others: what it costs and what it would do to the matrix. */
  @Serdeable
  record Compared(View proposal, CoverageForecast.Forecast whatIf) {}

  @Serdeable
  record Comparison(Api.StaffingRequestView request, List<Compared> proposals) {}
}
