package org.medley.device.internal;

import io.micronaut.core.annotation.Nullable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * How strongly a device asks to be replaced, 0–100: the replacement plan ranks by it. Pure.
 *
 * <p>Five signals, each scaled to 0–1 and capped, then weighted (docs/decisions.md, "Replacement
 * plan score"):
 *
 * <ul>
 *   <li><b>age</b> (25): years since acquisition over {@link #SERVICE_LIFE_YEARS} (the service life
 *       hospitals plan most clinical equipment for); unknown acquisition counts 0.
 *   <li><b>end of support</b> (25): past 1, within a year 0.5, later or unknown 0 — no more parts
 *       or patches is the strongest reason a working device goes.
 *   <li><b>repair cost</b> (25): corrective cost in the period over the replacement cost; at half
 *       the price of a new one it counts in full ({@link #COST_RATIO_CAP}). No known replacement
 *       cost counts 0 (the row shows the ratio as unknown).
 *   <li><b>downtime</b> (15): share of the period down; {@link #DOWNTIME_CAP} (5 %, about 18 days a
 *       year) counts in full.
 *   <li><b>corrective work</b> (10): corrective orders per year; {@link #REPAIRS_CAP} count in
 *       full. "Could not duplicate" outcomes are left out: they point at training, not the device.
 * </ul>
 */
final class ReplacementScore {

  static final double SERVICE_LIFE_YEARS = 10;
  static final double COST_RATIO_CAP = 0.5;
  static final double DOWNTIME_CAP = 0.05;
  static final double REPAIRS_CAP = 4;

  static final double AGE_WEIGHT = 25;
  static final double SUPPORT_WEIGHT = 25;
  static final double COST_WEIGHT = 25;
  static final double DOWNTIME_WEIGHT = 15;
  static final double REPAIRS_WEIGHT = 10;

  /** Where the end of support stands on a day. */
  enum Support {
    PAST,
    WITHIN_A_YEAR,
    LATER,
    UNKNOWN;

    static Support of(@Nullable LocalDate endOfSupport, LocalDate today) {
      if (endOfSupport == null) {
        return UNKNOWN;
      }
      if (!endOfSupport.isAfter(today)) {
        return PAST;
      }
      return endOfSupport.isAfter(today.plusYears(1)) ? LATER : WITHIN_A_YEAR;
    }
  }

  /**
   * What the score is made of.
   *
   * @param periodDays the length of the period the costs, downtime and orders were counted in
   * @param downtimeShare downtime over the device's period, 0–1 (0 when the period had no length)
   */
  record Facts(
      @Nullable LocalDate acquiredOn,
      @Nullable LocalDate endOfSupport,
      BigDecimal repairCost,
      @Nullable BigDecimal replacementCost,
      double downtimeShare,
      int correctiveCount,
      double periodDays) {}

  private ReplacementScore() {}

  /** Whole years and tenths since acquisition, or null when unknown. */
  static @Nullable Double ageYears(@Nullable LocalDate acquiredOn, LocalDate today) {
    if (acquiredOn == null || acquiredOn.isAfter(today)) {
      return acquiredOn == null ? null : 0.0;
    }
    return Math.round(ChronoUnit.DAYS.between(acquiredOn, today) / 365.25 * 10) / 10.0;
  }

  /** Repair cost over replacement cost, or null when the replacement cost is unknown or zero. */
  static @Nullable BigDecimal costRatio(BigDecimal repairCost, @Nullable BigDecimal replacement) {
    if (replacement == null || replacement.signum() <= 0) {
      return null;
    }
    return repairCost.divide(replacement, 3, RoundingMode.HALF_UP);
  }

  static double score(Facts facts, LocalDate today) {
    Double age = ageYears(facts.acquiredOn(), today);
    double ageShare = age == null ? 0 : capped(age / SERVICE_LIFE_YEARS);
    double supportShare =
        switch (Support.of(facts.endOfSupport(), today)) {
          case PAST -> 1;
          case WITHIN_A_YEAR -> 0.5;
          case LATER, UNKNOWN -> 0;
        };
    BigDecimal ratio = costRatio(facts.repairCost(), facts.replacementCost());
    double costShare = ratio == null ? 0 : capped(ratio.doubleValue() / COST_RATIO_CAP);
    double downShare = capped(facts.downtimeShare() / DOWNTIME_CAP);
    double perYear =
        facts.periodDays() <= 0 ? 0 : facts.correctiveCount() * 365.0 / facts.periodDays();
    double repairShare = capped(perYear / REPAIRS_CAP);
    double score =
        AGE_WEIGHT * ageShare
            + SUPPORT_WEIGHT * supportShare
            + COST_WEIGHT * costShare
            + DOWNTIME_WEIGHT * downShare
            + REPAIRS_WEIGHT * repairShare;
    return Math.round(score * 10) / 10.0;
  }

  private static double capped(double share) {
    return Math.max(0, Math.min(1, share));
  }
}
