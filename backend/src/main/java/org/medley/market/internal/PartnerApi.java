package org.medley.market.internal;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** The JSON of {@code /api/partners}. */
final class PartnerApi {

  private PartnerApi() {}

  @Serdeable
  record LevelView(long applicationId, String application, int level) {}

  @Serdeable
  record PersonView(
      String name,
      @Nullable String email,
      @Nullable String title,
      String zone,
      double capacityHours,
      List<PartnerProfile.ShiftText> shifts,
      List<LevelView> skills) {}

  @Serdeable
  record Agreement(String reference, LocalDate effectiveFrom, @Nullable LocalDate effectiveUntil) {}

  /** A partner in the list: its profile in brief. */
  @Serdeable
  record Summary(
      long id,
      String name,
      @Nullable String summary,
      List<String> regions,
      List<String> tiers,
      List<PartnerProfile.Offering> offerings,
      List<LevelView> capabilities,
      @Nullable Agreement agreement,
      int people,
      int activeEngagements) {}

  /**
   * A partner's whole profile; {@code version} 0 and no {@code updatedAt} before its first save.
   */
  @Serdeable
  record Profile(
      long id,
      String name,
      @Nullable String summary,
      List<String> regions,
      List<String> tiers,
      List<String> certifications,
      List<PartnerProfile.Offering> offerings,
      List<LevelView> capabilities,
      List<PersonView> people,
      @Nullable Agreement agreement,
      int activeEngagements,
      long version,
      @Nullable Instant updatedAt,
      @Nullable String updatedBy) {}

  /** What a partner manager saves: the whole profile and the version read. */
  @Serdeable
  record Input(
      @Nullable @jakarta.validation.constraints.Size(max = 2000) String summary,
      @Nullable @jakarta.validation.constraints.Size(max = 20)
          List<
                  @jakarta.validation.constraints.NotBlank
                  @jakarta.validation.constraints.Size(max = 100) String>
              regions,
      @Nullable @jakarta.validation.constraints.Size(max = 3)
          List<
                  @NotNull
                  @jakarta.validation.constraints.Pattern(
                      regexp = PartnerProfile.TIER,
                      message = "must be L1, L2 or L3")
                  String>
              tiers,
      @Nullable @jakarta.validation.constraints.Size(max = 30)
          List<
                  @jakarta.validation.constraints.NotBlank
                  @jakarta.validation.constraints.Size(max = 200) String>
              certifications,
      @Nullable @jakarta.validation.constraints.Size(max = 10)
          List<PartnerProfile.@Valid @NotNull Offering> offerings,
      @Nullable @jakarta.validation.constraints.Size(max = 200)
          List<PartnerProfile.@Valid @NotNull Level> capabilities,
      @Nullable @jakarta.validation.constraints.Size(max = 100)
          List<PartnerProfile.@Valid @NotNull Person> people,
      @NotNull @Min(0) Long version) {

    PartnerProfile.Document document() {
      return new PartnerProfile.Document(
              summary, regions, tiers, certifications, offerings, capabilities, people)
          .normalized();
    }
  }
}
