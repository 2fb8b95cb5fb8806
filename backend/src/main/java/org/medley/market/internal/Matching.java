package org.medley.market.internal;

import io.micronaut.serde.annotation.Serdeable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.medley.coverage.CoverageForecast;

/**
 * Ranks partners for a staffing request by how well their profile and named people cover it: the
 * applications at the level asked (half the score), the support window by the shifts of their
 * people at that level (35%), and the hours a week asked (15%), each with the reason in words.
 * Pure.
 */
final class Matching {

  static final double APPLICATIONS = 0.5;
  static final double WINDOW = 0.35;
  static final double HOURS = 0.15;

  private Matching() {}

  /** What the request asks for. */
  record Asked(List<Long> applicationIds, int minimumLevel, double hoursPerWeek) {}

  /**
   * A partner as matching sees it: the best level it offers per application (profile or people),
   * its named people at the level asked on a requested application with their weekly hours, how
   * their shifts fit each application's support window, and whether an agreement is on file.
   */
  record Candidate(
      long partnerId,
      String name,
      Map<Long, Integer> levels,
      int peopleAtLevel,
      double capacityHours,
      List<CoverageForecast.WindowFit> fits,
      boolean agreement) {}

  @Serdeable
  record Match(
      long partnerId,
      String name,
      int score,
      int applicationsCovered,
      int applicationsRequested,
      double windowCoverage,
      List<String> reasons) {}

  static List<Match> rank(Asked asked, List<Candidate> candidates) {
    return candidates.stream()
        .map(c -> match(asked, c))
        .sorted(Comparator.comparingInt(Match::score).reversed().thenComparing(Match::name))
        .toList();
  }

  static Match match(Asked asked, Candidate c) {
    int requested = asked.applicationIds().size();
    int covered =
        (int)
            asked.applicationIds().stream()
                .filter(app -> c.levels().getOrDefault(app, 0) >= asked.minimumLevel())
                .count();
    int windowHours = c.fits().stream().mapToInt(CoverageForecast.WindowFit::windowHours).sum();
    int windowCovered = c.fits().stream().mapToInt(CoverageForecast.WindowFit::coveredHours).sum();
    double window = windowHours == 0 ? 0 : (double) windowCovered / windowHours;
    double hours =
        asked.hoursPerWeek() <= 0 ? 1 : Math.min(1, c.capacityHours() / asked.hoursPerWeek());
    double share = requested == 0 ? 0 : (double) covered / requested;
    int score = (int) Math.round(100 * (APPLICATIONS * share + WINDOW * window + HOURS * hours));

    List<String> reasons = new ArrayList<>();
    String level = " at level ≥ " + asked.minimumLevel();
    if (requested == 1) {
      reasons.add((covered == 1 ? "covers" : "does not cover") + " the application" + level);
    } else {
      reasons.add(
          covered == requested
              ? "covers all " + requested + " applications" + level
              : "covers " + covered + " of " + requested + " applications" + level);
    }
    if (c.peopleAtLevel() == 0) {
      reasons.add("no named people" + level);
    } else {
      reasons.add(
          c.peopleAtLevel() + (c.peopleAtLevel() == 1 ? " named person" : " named people") + level);
      reasons.add(
          windowCovered == windowHours
              ? "covers the whole support window"
              : "covers " + Math.round(window * 100) + "% of the support window");
      reasons.addAll(gaps(c.fits()));
      reasons.add(
          Math.round(c.capacityHours())
              + " h a week of the "
              + Math.round(asked.hoursPerWeek())
              + " asked");
    }
    if (!c.agreement()) {
      reasons.add("no business associate agreement on file");
    }
    return new Match(
        c.partnerId(),
        c.name(),
        score,
        covered,
        requested,
        Math.round(window * 1000) / 1000.0,
        List.copyOf(reasons));
  }

  /**
   * "no nights", "nights partly", "no weekends", "weekends partly", where the window needs them.
   */
  private static List<String> gaps(List<CoverageForecast.WindowFit> fits) {
    int nights = fits.stream().mapToInt(CoverageForecast.WindowFit::nightHours).sum();
    int nightsOpen = fits.stream().mapToInt(CoverageForecast.WindowFit::uncoveredNightHours).sum();
    int weekends = fits.stream().mapToInt(CoverageForecast.WindowFit::weekendHours).sum();
    int weekendsOpen =
        fits.stream().mapToInt(CoverageForecast.WindowFit::uncoveredWeekendHours).sum();
    List<String> gaps = new ArrayList<>();
    if (nights > 0 && nightsOpen == nights) {
      gaps.add("no nights");
    } else if (nightsOpen > 0) {
      gaps.add("nights partly");
    }
    if (weekends > 0 && weekendsOpen == weekends) {
      gaps.add("no weekends");
    } else if (weekendsOpen > 0) {
      gaps.add("weekends partly");
    }
    return gaps;
  }
}
