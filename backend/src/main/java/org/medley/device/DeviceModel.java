package org.medley.device;

import io.micronaut.core.annotation.Nullable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import org.medley.platform.Problem;
import org.medley.platform.Refused;

/**
 * A device model as biomed keeps it: who makes it, what class of device it is, how much harm its
 * failure can do, and how often and how it is maintained. {@link #of} holds the rules: a high-risk
 * or life-support model needs a maintenance interval ({@link
 * RiskLevel#requiresScheduledMaintenance}). {@code replacementCost} is what a new one costs today,
 * for the replacement plan.
 */
public record DeviceModel(
    String manufacturer,
    String model,
    String deviceClass,
    RiskLevel risk,
    @Nullable Integer pmIntervalMonths,
    @Nullable String pmProcedure,
    @Nullable BigDecimal replacementCost) {

  /** Five years: the longest interval manufacturers give for anything that is maintained. */
  public static final int MAX_INTERVAL_MONTHS = 60;

  /** The model, tidied, or {@link Refused} (400) naming every field that breaks a rule. */
  public static DeviceModel of(DeviceModel raw) {
    List<Problem.FieldError> problems = new ArrayList<>();
    String manufacturer = text(raw.manufacturer(), "manufacturer", 100, problems);
    String model = text(raw.model(), "model", 100, problems);
    String deviceClass = text(raw.deviceClass(), "deviceClass", 100, problems);
    if (raw.risk() == null) {
      problems.add(new Problem.FieldError("risk", "required"));
    }
    Integer interval = raw.pmIntervalMonths();
    if (interval != null && (interval < 1 || interval > MAX_INTERVAL_MONTHS)) {
      problems.add(
          new Problem.FieldError(
              "pmIntervalMonths", "from 1 to " + MAX_INTERVAL_MONTHS + " months"));
    } else if (interval == null
        && raw.risk() != null
        && raw.risk().requiresScheduledMaintenance()) {
      problems.add(
          new Problem.FieldError(
              "pmIntervalMonths",
              "required for a "
                  + raw.risk().name().replace('_', '-').toLowerCase(java.util.Locale.ROOT)
                  + " model: it must be maintained on schedule"));
    }
    String procedure = Device.blankToNull(raw.pmProcedure());
    if (procedure != null && procedure.length() > 4000) {
      problems.add(new Problem.FieldError("pmProcedure", "at most 4000 characters"));
    }
    BigDecimal cost = raw.replacementCost();
    if (cost != null) {
      if (cost.signum() < 0 || cost.compareTo(Device.MAX_COST) > 0) {
        problems.add(new Problem.FieldError("replacementCost", "from 0 to 9,999,999,999.99"));
      } else if (cost.stripTrailingZeros().scale() > 2) {
        problems.add(new Problem.FieldError("replacementCost", "at most two decimals (cents)"));
      } else {
        cost = cost.setScale(2, RoundingMode.UNNECESSARY);
      }
    }
    if (!problems.isEmpty()) {
      throw Refused.invalid(problems);
    }
    return new DeviceModel(manufacturer, model, deviceClass, raw.risk(), interval, procedure, cost);
  }

  private static String text(
      @Nullable String value, String field, int max, List<Problem.FieldError> problems) {
    String text = Device.blankToNull(value);
    if (text == null) {
      problems.add(new Problem.FieldError(field, "required"));
    } else if (text.length() > max) {
      problems.add(new Problem.FieldError(field, "at most " + max + " characters"));
    }
    return text;
  }
}
