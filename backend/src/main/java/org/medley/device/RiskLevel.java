package org.medley.device;

/**
 * How much harm a device's failure can do, per model. Four levels rather than a numeric score
 * because that is how accreditation reads a fleet: The Joint Commission (EC.02.04.01) asks that
 * high-risk equipment, life-support equipment named among it, be maintained on schedule with no
 * alternative strategy, while lower-risk equipment may follow the hospital's own plan (up to run to
 * failure). A finer scale would be collapsed to these four by every report.
 */
public enum RiskLevel {
  LOW,
  MEDIUM,
  HIGH,
  /** Ventilators, defibrillators, anaesthesia machines: failure can kill within minutes. */
  LIFE_SUPPORT;

  /**
   * The criticality (1 most critical … 4) of a catalog row for a device class whose riskiest model
   * is at this level: the coverage matrix ranks biomed gaps beside IT gaps by it.
   */
  public int criticality() {
    return switch (this) {
      case LIFE_SUPPORT -> 1;
      case HIGH -> 2;
      case MEDIUM -> 3;
      case LOW -> 4;
    };
  }

  /** High-risk and life-support models must carry a maintenance interval; lower ones may not. */
  public boolean requiresScheduledMaintenance() {
    return this == HIGH || this == LIFE_SUPPORT;
  }
}
