package org.medley.device.internal;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.medley.device.DeviceStatus;
import org.medley.device.RiskLevel;

/** The JSON shapes of {@code /api/devices/replacement-plan}. */
final class ReplacementApi {

  private ReplacementApi() {}

  /** Where a device's replacement cost comes from: its model's price, or what it cost itself. */
  enum CostSource {
    MODEL,
    ACQUISITION
  }

  /**
   * One device of the plan with the figures behind its rank. Costs, downtime and orders count in
   * the period (from acquisition when that is later).
   */
  @Serdeable
  record Row(
      int rank,
      double score,
      long deviceId,
      String assetTag,
      long modelId,
      String manufacturer,
      String model,
      String deviceClass,
      RiskLevel risk,
      String site,
      @Nullable String unit,
      DeviceStatus status,
      @Nullable LocalDate acquiredOn,
      @Nullable Double ageYears,
      @Nullable LocalDate endOfSupport,
      ReplacementScore.Support support,
      BigDecimal repairCost,
      int laborMinutes,
      BigDecimal partsCost,
      @Nullable BigDecimal replacementCost,
      @Nullable CostSource replacementCostSource,
      @Nullable BigDecimal repairToReplacement,
      double downtimeHours,
      @Nullable Double uptimePercent,
      int correctiveCount,
      int couldNotDuplicateCount) {}

  /** A model's uptime over its devices in the plan: their downtime over their periods. */
  @Serdeable
  record ModelUptime(
      long modelId,
      String manufacturer,
      String model,
      int devices,
      double downtimeHours,
      @Nullable Double uptimePercent,
      int correctiveCount,
      int couldNotDuplicateCount) {}

  /** Faults reported that the technician could not reproduce, per model and unit: train here. */
  @Serdeable
  record CouldNotDuplicate(
      long modelId,
      String manufacturer,
      String model,
      String site,
      @Nullable String unit,
      int count) {}

  /**
   * A page of the ranked plan, with the period it was counted in, the labour rate used, the uptime
   * per model and the "could not duplicate" counts (most first, at most {@link
   * ReplacementPlan#MAX_TRAINING_ROWS}) of every device the filters keep; {@code sites} and {@code
   * deviceClasses} are every one the caller's devices have, for the filters.
   */
  @Serdeable
  record Plan(
      LocalDate from,
      LocalDate to,
      BigDecimal laborRate,
      List<Row> items,
      int page,
      int size,
      long total,
      List<ModelUptime> models,
      List<CouldNotDuplicate> couldNotDuplicate,
      List<String> sites,
      List<String> deviceClasses) {}
}
