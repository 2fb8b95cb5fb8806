package org.medley.coverage;

import io.micronaut.serde.annotation.Serdeable;

/**
 * The thresholds of the coverage matrix, configurable under {@code medley.coverage.*}.
 *
 * @param expertLevel skill level from which a person counts toward the bus factor (3: independent
 *     at L2)
 * @param goodMinExperts experts an application needs to be GOOD
 * @param gapMaxExperts at most this many experts is a GAP (0: nobody)
 * @param goodMinWindow share of the required support window (0–1) the experts' shifts must cover
 *     for GOOD
 * @param gapMaxWindow a covered share at or below this is a GAP
 * @param burnoutLoadRatio a week with load above capacity times this is an overloaded week
 * @param burnoutWeeks overloaded weeks that make a burnout flag ...
 * @param burnoutOutOf ... among this many most recent weeks
 */
@Serdeable
public record CoverageRules(
    int expertLevel,
    int goodMinExperts,
    int gapMaxExperts,
    double goodMinWindow,
    double gapMaxWindow,
    double burnoutLoadRatio,
    int burnoutWeeks,
    int burnoutOutOf) {

  public static final CoverageRules DEFAULTS = new CoverageRules(3, 2, 0, 1.0, 0.0, 1.10, 4, 6);

  public CoverageRules {
    if (expertLevel < 1 || expertLevel > 4) {
      throw new IllegalArgumentException("expert level must be 1 to 4");
    }
    if (goodMinExperts < 1 || gapMaxExperts < 0 || gapMaxExperts >= goodMinExperts) {
      throw new IllegalArgumentException("need 0 <= gap-max-experts < good-min-experts");
    }
    if (gapMaxWindow < 0 || goodMinWindow > 1 || gapMaxWindow >= goodMinWindow) {
      throw new IllegalArgumentException("need 0 <= gap-max-window < good-min-window <= 1");
    }
    if (burnoutLoadRatio <= 0 || burnoutWeeks < 1 || burnoutOutOf < burnoutWeeks) {
      throw new IllegalArgumentException("need burnout weeks <= burnout out-of weeks");
    }
  }
}
