package org.medley.coverage.internal;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.medley.coverage.Certification;
import org.medley.coverage.CoverageRules;
import org.medley.coverage.CoverageStatus;

/** The JSON the coverage API answers with. */
final class Views {

  private Views() {}

  @Serdeable
  record ApplicationView(
      long id,
      String name,
      String vendor,
      @Nullable Long vendorId,
      String category,
      int criticality,
      String lifecycle,
      long calendarId,
      @Nullable String calendar,
      long version,
      List<String> aliases) {}

  @Serdeable
  record ShiftView(String day, String from, String to) {}

  @Serdeable
  record StaffView(
      long id,
      String name,
      @Nullable String email,
      String kind,
      long employerId,
      String employer,
      @Nullable String team,
      String zone,
      double capacityHours,
      List<ShiftView> shifts,
      long version,
      @Nullable Long accountId,
      @Nullable SignIn account) {}

  /** The sign-in account a staff record names: who signs in as this person. */
  @Serdeable
  record SignIn(long id, String name, @Nullable String email, String username) {}

  /**
   * An account a staff record of its employer may name; {@code staffId}/{@code staffName} say which
   * record names it already, if any.
   */
  @Serdeable
  record SignInAccount(
      long id,
      String name,
      @Nullable String email,
      String username,
      @Nullable Long staffId,
      @Nullable String staffName) {}

  /**
   * The caller's own staff record: the desk needs one to give them tickets. {@code linked} false
   * means an administrator has not linked their sign-in yet.
   */
  @Serdeable
  record MyStaffRecord(
      boolean linked, @Nullable Long staffId, @Nullable String name, @Nullable String employer) {}

  /** An organisation staff can be employed by; {@code kind} is the staff kind it implies. */
  @Serdeable
  record Employer(long id, String name, String kind) {}

  @Serdeable
  record SkillView(
      long staffId,
      long applicationId,
      int level,
      @Nullable LocalDate verifiedOn,
      @Nullable String certification,
      @Nullable LocalDate certificationExpiresOn,
      // CURRENT, EXPIRING (within 60 days) or EXPIRED (the skill counts as level 0), on the
      // hospital's date; null without a certification.
      Certification.@Nullable State certificationState) {}

  @Serdeable
  record Page<T>(List<T> items, int page, int size, long total) {}

  /** A stretch of uncovered required hours, in the application's calendar time zone. */
  @Serdeable
  record Range(String fromDay, String from, String toDay, String to, int hours) {}

  @Serdeable
  record ApplicationSummary(
      long id,
      String name,
      String vendor,
      String category,
      int criticality,
      String lifecycle,
      long calendarId,
      String calendar,
      String zone,
      CoverageStatus status,
      int busFactor,
      List<Long> experts,
      int requiredHours,
      int coveredHours,
      double windowCoverage,
      List<Range> uncovered,
      long tickets30,
      long tickets90,
      @Nullable Double medianTurnaroundHours) {}

  @Serdeable
  record PersonSummary(
      long id,
      String name,
      @Nullable String email,
      String kind,
      String employer,
      @Nullable String team,
      String zone,
      double capacityHours,
      int shiftHours,
      double loadHours,
      double loadRatio,
      int overloadedWeeks,
      boolean burnout,
      List<Long> soleCover,
      int applications,
      @Nullable Double medianTurnaroundHours,
      // Certifications behind their skills that expire within 60 days, or have expired.
      int expiringCertifications,
      int expiredCertifications) {}

  @Serdeable
  record Counts(int good, int risk, int gap) {}

  @Serdeable
  record Matrix(
      long revision,
      Instant generatedAt,
      Instant gridStart,
      CoverageRules rules,
      Counts counts,
      List<ApplicationSummary> applications,
      List<PersonSummary> staff,
      /** Skill cells as flat triples: application id, staff id, level that counts. */
      long[] cells,
      /** The cells whose skill rests on a certification, by application then staff. */
      List<CertifiedCell> certifications) {}

  /**
   * A matrix cell whose skill rests on a certification: {@code level} is the recorded level; the
   * cell in {@code cells} holds the level that counts (0 once {@code state} is EXPIRED).
   */
  @Serdeable
  record CertifiedCell(
      long applicationId,
      long staffId,
      int level,
      String certification,
      @Nullable LocalDate expiresOn,
      Certification.State state) {}

  @Serdeable
  record ExpertOnCall(
      long staffId,
      String name,
      String kind,
      @Nullable String team,
      int level,
      @Nullable LocalDate verifiedOn,
      boolean expert,
      int windowHoursOnShift,
      int resolved,
      @Nullable Double medianTurnaroundHours) {}

  /**
   * One application in depth. {@code week} has 168 characters, Monday 00:00 first, in the
   * calendar's zone: {@code C} required and covered, {@code U} required and uncovered, {@code .}
   * not required, {@code -} an hour the clocks skip. {@code gap} is the application's entry in the
   * gap list (with its staffing request draft) when it is at risk or has a gap, null when good.
   */
  @Serdeable
  record ApplicationDetail(
      ApplicationSummary summary, String week, List<ExpertOnCall> people, @Nullable Gap gap) {}

  @Serdeable
  record PersonSkill(
      long applicationId,
      String application,
      int level,
      @Nullable LocalDate verifiedOn,
      boolean soleCover,
      CoverageStatus status,
      int resolved,
      @Nullable Double medianTurnaroundHours) {}

  /**
   * One person in depth; {@code week} as in ApplicationDetail, in the person's zone: S on shift.
   */
  @Serdeable
  record PersonDetail(
      PersonSummary summary,
      List<ShiftView> shifts,
      String week,
      double[] weeklyLoadHours,
      List<PersonSkill> skills) {}

  /**
   * What a staffing request made from a gap needs (POST /api/staffing-requests takes it): {@code
   * hoursPerWeek} is the uncovered window, or full-time weeks for a missing second expert.
   */
  @Serdeable
  record StaffingRequestDraft(
      List<Long> applicationIds,
      int minimumLevel,
      int peopleNeeded,
      int uncoveredHoursPerWeek,
      int hoursPerWeek,
      String window,
      List<Range> uncovered,
      String kind,
      String rationale) {}

  @Serdeable
  record Gap(
      long applicationId,
      String name,
      String vendor,
      String category,
      int criticality,
      CoverageStatus status,
      List<String> reasons,
      int busFactor,
      List<String> experts,
      int requiredHours,
      int coveredHours,
      double windowCoverage,
      String calendar,
      long tickets90,
      StaffingRequestDraft request) {}

  @Serdeable
  record StatusChange(
      long applicationId,
      String name,
      CoverageStatus before,
      CoverageStatus after,
      int busFactorBefore,
      int busFactorAfter,
      double windowCoverageBefore,
      double windowCoverageAfter) {}

  @Serdeable
  record WhatIf(
      Counts before, Counts after, List<StatusChange> changes, List<AppStatus> statuses) {}

  @Serdeable
  record AppStatus(long id, CoverageStatus status, int busFactor, double windowCoverage) {}
}
