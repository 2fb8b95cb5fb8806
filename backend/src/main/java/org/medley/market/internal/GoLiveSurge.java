package org.medley.market.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The ticket surge to expect from a go-live or upgrade, estimated from history. Pure: ticket counts
 * come from the injected {@link DailyTickets}, past events and "today" from the caller. An event
 * learns only from what came before it: history up to its start, or up to today for one ahead.
 *
 * <ul>
 *   <li>A past event's <b>ratio</b> is the application's tickets per day in the {@link #DAYS_AFTER}
 *       days from its first day over those in the {@link #DAYS_BEFORE} days before it. An event
 *       whose days after are not all over yet, or with no ticket before it (nothing to compare
 *       with), gives no ratio; it is still shown. A ratio above {@link #MAX_RATIO} counts as that:
 *       against a near-silent baseline ratios explode (the demo's first go-live ran at 0.3 tickets
 *       a day before and 11 after), and one such go-live would set every plan after it.
 *   <li>The <b>multiplier</b> is the median ratio of the application's own past go-lives and
 *       upgrades ({@link Basis#APPLICATION}); failing those, of the other applications of its
 *       category ({@link Basis#CATEGORY}); failing those, {@link #DEFAULT_MULTIPLIER} ({@link
 *       Basis#DEFAULT}). The median, so that one chaotic go-live does not set every plan.
 *   <li>The <b>baseline</b> is the application's tickets per day in the {@link #DAYS_BEFORE} days
 *       before the event starts (or before today, for one still ahead), or before its own latest
 *       go-live when that one's surge falls in those days; <b>expected</b> is baseline × multiplier
 *       ({@link Method#RATIO}).
 *   <li>An application with no ticket in those days (a first go-live) has nothing to multiply: it
 *       is expected to file what the week after a go-live brought, the median tickets per day after
 *       its own past go-lives, else after its category's ({@link Method#VOLUME}; no multiplier).
 *       With neither, the default multiplier applies to a baseline of 0.
 * </ul>
 */
final class GoLiveSurge {

  /** Days before an event that set its usual volume: four weeks, so weekdays weigh evenly. */
  static final int DAYS_BEFORE = 28;

  /** Days after an event's first day that make its surge: the first week of hypercare. */
  static final int DAYS_AFTER = 7;

  /**
   * Used when no history says otherwise: a go-live roughly doubles an application's tickets in its
   * first week (the demo's own go-live ran at several times its usual volume, so this is modest).
   */
  static final double DEFAULT_MULTIPLIER = 2.0;

  /** The largest ratio a past event counts with (see the class comment). */
  static final double MAX_RATIO = 5.0;

  /** Past events used per estimate, most recent first: older ones say little of today's users. */
  static final int MAX_HISTORY = 10;

  enum Basis {
    APPLICATION,
    CATEGORY,
    DEFAULT
  }

  /** Tickets filed for one application on each of {@code days} days from {@code from}. */
  @FunctionalInterface
  interface DailyTickets {
    long[] perDay(long applicationId, LocalDate from, int days);
  }

  /** A go-live or upgrade that happened (any not cancelled), with its application's category. */
  record Past(
      long applicationId,
      String application,
      String category,
      LocalDate wentLiveOn,
      GoLiveKind kind) {}

  /** A past event as the estimate used it; {@code ratio} null when it gave none. */
  record Sample(
      long applicationId,
      String application,
      LocalDate wentLiveOn,
      GoLiveKind kind,
      double beforePerDay,
      double afterPerDay,
      Double ratio,
      boolean capped) {}

  /** How the expected volume was found; see the class comment. */
  enum Method {
    /** Baseline × multiplier. */
    RATIO,
    /** No baseline: the median tickets per day in the week after the basis's go-lives. */
    VOLUME
  }

  /** {@code multiplier} is null when the method is {@link Method#VOLUME}. */
  record Estimate(
      double baselinePerDay,
      double expectedPerDay,
      Double multiplier,
      Basis basis,
      Method method,
      List<Sample> history) {}

  private final DailyTickets tickets;

  GoLiveSurge(DailyTickets tickets) {
    this.tickets = tickets;
  }

  /**
   * The surge for an event of {@code applicationId} (of {@code category}) starting on {@code
   * startsOn}, from the tenant's past events (the event itself left out by the caller).
   */
  Estimate estimate(
      long applicationId, String category, LocalDate startsOn, LocalDate today, List<Past> past) {
    LocalDate asOf = startsOn.isBefore(today) ? startsOn : today;
    List<Past> recent =
        past.stream().sorted(Comparator.comparing(Past::wentLiveOn).reversed()).toList();
    double baseline = round(perDay(applicationId, baselineFrom(applicationId, asOf, recent)), 100);
    List<Sample> own = samples(recent, p -> p.applicationId() == applicationId, asOf);
    List<Sample> peers =
        ratios(own).isEmpty() || (baseline == 0 && own.isEmpty())
            ? samples(
                recent,
                p -> p.applicationId() != applicationId && p.category().equals(category),
                asOf)
            : List.of();
    if (baseline == 0 && !(own.isEmpty() && peers.isEmpty())) {
      // Nothing to multiply (a first go-live): expect what the week after a go-live brought.
      List<Sample> source = own.isEmpty() ? peers : own;
      double expected = median(source.stream().map(Sample::afterPerDay).toList());
      return new Estimate(
          0,
          round(expected, 100),
          null,
          own.isEmpty() ? Basis.CATEGORY : Basis.APPLICATION,
          Method.VOLUME,
          List.copyOf(source));
    }
    List<Sample> history = own;
    Basis basis = Basis.APPLICATION;
    if (ratios(own).isEmpty()) {
      history = peers;
      basis = Basis.CATEGORY;
      if (ratios(peers).isEmpty()) {
        // Nothing to go on: show what was looked at, so the default is not mistaken for a finding.
        history = new ArrayList<>(own);
        history.addAll(peers);
        basis = Basis.DEFAULT;
      }
    }
    double multiplier =
        basis == Basis.DEFAULT ? DEFAULT_MULTIPLIER : round(median(ratios(history)), 100);
    return new Estimate(
        baseline,
        round(baseline * multiplier, 100),
        multiplier,
        basis,
        Method.RATIO,
        List.copyOf(history));
  }

  /**
   * Where the baseline's {@link #DAYS_BEFORE} days start: before {@code asOf}, or before the
   * application's own go-live whose surge falls in them, since a surge is not the usual volume
   * (most recent first, so a chain of them is stepped over).
   */
  private static LocalDate baselineFrom(long applicationId, LocalDate asOf, List<Past> recent) {
    LocalDate until = asOf;
    for (Past p : recent) {
      if (p.applicationId() == applicationId
          && !p.wentLiveOn().isAfter(until)
          && p.wentLiveOn().plusDays(DAYS_AFTER).isAfter(until.minusDays(DAYS_BEFORE))) {
        until = p.wentLiveOn();
      }
    }
    return until.minusDays(DAYS_BEFORE);
  }

  private List<Sample> samples(
      List<Past> recent, java.util.function.Predicate<Past> which, LocalDate asOf) {
    List<Sample> samples = new ArrayList<>();
    for (Past p : recent) {
      if (samples.size() == MAX_HISTORY) {
        break;
      }
      // Only events whose days after have all passed: a surge still under way is no measure.
      if (!which.test(p) || p.wentLiveOn().plusDays(DAYS_AFTER).isAfter(asOf)) {
        continue;
      }
      double before = perDay(p.applicationId(), p.wentLiveOn().minusDays(DAYS_BEFORE), DAYS_BEFORE);
      double after = perDay(p.applicationId(), p.wentLiveOn(), DAYS_AFTER);
      Double ratio = before > 0 ? round(after / before, 100) : null;
      boolean capped = ratio != null && ratio > MAX_RATIO;
      samples.add(
          new Sample(
              p.applicationId(),
              p.application(),
              p.wentLiveOn(),
              p.kind(),
              round(before, 100),
              round(after, 100),
              capped ? Double.valueOf(MAX_RATIO) : ratio,
              capped));
    }
    return samples;
  }

  private double perDay(long applicationId, LocalDate from) {
    return perDay(applicationId, from, DAYS_BEFORE);
  }

  private double perDay(long applicationId, LocalDate from, int days) {
    long total = 0;
    for (long count : tickets.perDay(applicationId, from, days)) {
      total += count;
    }
    return (double) total / days;
  }

  private static List<Double> ratios(List<Sample> samples) {
    return samples.stream().map(Sample::ratio).filter(r -> r != null).toList();
  }

  static double median(List<Double> values) {
    List<Double> sorted = values.stream().sorted().toList();
    int n = sorted.size();
    return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
  }

  private static double round(double value, int per) {
    return Math.round(value * per) / (double) per;
  }
}
