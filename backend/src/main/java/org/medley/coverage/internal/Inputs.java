package org.medley.coverage.internal;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;

/** Request bodies of the coverage API, validated before they reach a service. */
final class Inputs {

  private Inputs() {}

  static final String CATEGORY = "[A-Z][A-Z0-9_]{0,39}";
  static final String LIFECYCLE = "PLANNED|GO_LIVE|LIVE|LEGACY|RETIRED";
  static final String KIND = "INTERNAL|CONTRACTED";
  static final String DAY = "MONDAY|TUESDAY|WEDNESDAY|THURSDAY|FRIDAY|SATURDAY|SUNDAY";
  static final String TIME = "([01]\\d|2[0-3]):[0-5]\\d";

  @Serdeable
  record Application(
      @NotBlank @Size(max = 150) String name,
      @NotBlank @Size(max = 150) String vendor,
      // The vendor of the hospital's vendor directory a case goes to; null: none named.
      @Nullable @Min(1) Long vendorId,
      @NotBlank
          @Pattern(regexp = CATEGORY, message = "must be upper case, such as EHR or LABORATORY")
          String category,
      @NotNull @Min(1) @Max(4) Integer criticality,
      @NotNull @Pattern(regexp = LIFECYCLE, message = "must be one of " + LIFECYCLE)
          String lifecycle,
      @NotNull @Min(1) Long calendarId,
      @Nullable @Min(0) Long version,
      // Other names people search by; absent keeps the stored ones, [] clears them (Aliases).
      @Nullable @Size(max = 100) List<String> aliases) {}

  @Serdeable
  record ShiftInput(
      @NotNull @Pattern(regexp = DAY, message = "must be a weekday such as MONDAY") String day,
      @NotNull @Pattern(regexp = TIME, message = "must be a time such as 07:00") String from,
      @NotNull @Pattern(regexp = TIME, message = "must be a time such as 19:00") String to) {}

  @Serdeable
  record Staff(
      @NotBlank @Size(max = 200) String name,
      @NotBlank @Email @Size(max = 254) String email,
      @NotNull @Pattern(regexp = KIND, message = "must be INTERNAL or CONTRACTED") String kind,
      @Nullable @Min(1) Long employerId,
      @Nullable @Size(max = 100) String team,
      @NotBlank @Size(max = 64) String zone,
      @NotNull @DecimalMin("0") @DecimalMax("168") Double capacityHours,
      @NotNull @Size(max = 28) List<@Valid @NotNull ShiftInput> shifts,
      @Nullable @Min(0) Long version,
      // The sign-in account this person works under; absent or null: not linked.
      @Nullable @Min(1) Long accountId) {}

  @Serdeable
  record Skill(
      @NotNull @Min(1) Long staffId,
      @NotNull @Min(1) Long applicationId,
      @NotNull @Min(0) @Max(4) Integer level,
      @Nullable LocalDate verifiedOn,
      // The certification the skill rests on (e.g. a factory service training); absent: none.
      @Nullable @Size(max = 200) String certification,
      // Its last valid day; absent: it does not expire. Only with a certification.
      @Nullable LocalDate certificationExpiresOn) {}

  @Serdeable
  record SkillLevel(@NotNull @Min(1) Long applicationId, @NotNull @Min(0) @Max(4) Integer level) {}

  @Serdeable
  record Contractor(
      @NotBlank @Size(max = 200) String name,
      @NotNull @DecimalMin("0") @DecimalMax("168") Double capacityHours,
      @NotBlank @Size(max = 64) String zone,
      @NotNull @Size(max = 28) List<@Valid @NotNull ShiftInput> shifts,
      @NotNull @Size(max = 2000) List<@Valid @NotNull SkillLevel> skills) {}

  @Serdeable
  record WhatIf(
      @Nullable @Size(max = 5000) List<@NotNull Long> removeStaffIds,
      @Nullable @Size(max = 50) List<@Valid @NotNull Contractor> addContracted) {}
}
