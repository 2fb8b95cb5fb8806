package org.medley.insight.internal;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Tickets to expect in the coming weeks, for go-live and staffing planning. Seasonality by hour of
 * week: each of the 168 slots (Monday 00:00 first, in the hospital's zone) expects the average of
 * the same slot over the last {@code weeksBack} full weeks before the current hour. With a trend,
 * each week ahead is scaled by the least-squares line through those weeks' totals, extended to it
 * (never below zero). Hours are tenant-local wall-clock hours: a DST change only shifts which
 * instant a slot falls on, so a 23- or 25-hour day keeps its slots.
 */
final class VolumeForecast {

  public static final int SLOTS = 168;

  /** One forecast hour: its local start and the tickets expected in it. */
  public record Hour(LocalDateTime start, double expected) {}

  /**
   * The forecast: the seasonal profile (168 averages), per week ahead its expected total and trend
   * factor, and the hours ahead one by one.
   */
  public record Forecast(
      int weeksBack, double[] profile, List<Double> weeklyTotals, List<Hour> hours) {}

  private VolumeForecast() {}

  /** Monday 00:00 is slot 0, Sunday 23:00 slot 167. */
  public static int slot(LocalDateTime hour) {
    return (hour.getDayOfWeek().getValue() - DayOfWeek.MONDAY.getValue()) * 24 + hour.getHour();
  }

  /**
   * @param opened tickets opened per local hour start (hours without tickets may be missing)
   */
  public static Forecast forecast(
      Map<LocalDateTime, Long> opened,
      ZoneId zone,
      Clock clock,
      int weeksBack,
      int weeksAhead,
      boolean trend) {
    if (weeksBack < 1 || weeksAhead < 1) {
      throw new IllegalArgumentException("weeksBack and weeksAhead must be at least 1");
    }
    LocalDateTime now = LocalDateTime.now(clock.withZone(zone)).truncatedTo(ChronoUnit.HOURS);
    LocalDateTime from = now.minusWeeks(weeksBack);
    double[] profile = new double[SLOTS];
    double[] weekTotals = new double[weeksBack];
    for (var entry : opened.entrySet()) {
      LocalDateTime hour = entry.getKey();
      if (!hour.isBefore(from) && hour.isBefore(now)) {
        profile[slot(hour)] += entry.getValue();
        weekTotals[(int) ChronoUnit.WEEKS.between(from, hour)] += entry.getValue();
      }
    }
    double mean = 0;
    for (int s = 0; s < SLOTS; s++) {
      profile[s] /= weeksBack;
      mean += profile[s];
    }
    double slope = trend ? slope(weekTotals) : 0;
    List<Double> factors = new ArrayList<>();
    List<Double> totals = new ArrayList<>();
    for (int k = 0; k < weeksAhead; k++) {
      // Week index of the k-th week ahead on the axis where the past weeks are 0..weeksBack-1.
      double x = weeksBack + k - (weeksBack - 1) / 2.0;
      double projected = mean + slope * x;
      double factor = mean == 0 ? 1 : Math.max(0, projected) / mean;
      factors.add(factor);
      totals.add(mean * factor);
    }
    List<Hour> hours = new ArrayList<>(weeksAhead * SLOTS);
    for (int h = 0; h < weeksAhead * SLOTS; h++) {
      LocalDateTime hour = now.plusHours(h);
      hours.add(new Hour(hour, profile[slot(hour)] * factors.get(h / SLOTS)));
    }
    return new Forecast(weeksBack, profile, List.copyOf(totals), List.copyOf(hours));
  }

  /** Least-squares slope of the totals against their index (0 for a single week). */
  static double slope(double[] totals) {
    int n = totals.length;
    if (n < 2) {
      return 0;
    }
    double meanX = (n - 1) / 2.0;
    double meanY = 0;
    for (double t : totals) {
      meanY += t / n;
    }
    double num = 0;
    double den = 0;
    for (int i = 0; i < n; i++) {
      num += (i - meanX) * (totals[i] - meanY);
      den += (i - meanX) * (i - meanX);
    }
    return num / den;
  }
}
