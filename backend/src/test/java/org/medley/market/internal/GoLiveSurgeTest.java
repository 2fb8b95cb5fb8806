package org.medley.market.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The surge estimate on generated ticket histories with known answers: each application files a
 * steady number of tickets a day, and from each of its past go-lives that number times a known
 * ratio for the week after.
 */
class GoLiveSurgeTest {

  private static final LocalDate TODAY = LocalDate.of(2026, 6, 1);
  private static final long APP = 1;
  private static final long PEER = 2;
  private static final long OTHER_CATEGORY = 3;

  /** A past go-live of {@code app}, {@code daysAgo} before today, at {@code ratio} × usual. */
  record Go(long app, int daysAgo, double ratio) {}

  /** Generated history: steady daily counts per application, surges after each go-live. */
  static final class Generated implements GoLiveSurge.DailyTickets {
    final Map<Long, Integer> perDay = new HashMap<>();
    final List<Go> goLives = new ArrayList<>();

    /** Applications that filed nothing before this many days ago (they went live then). */
    final Map<Long, Integer> sinceDaysAgo = new HashMap<>();

    @Override
    public long[] perDay(long applicationId, LocalDate from, int days) {
      long[] counts = new long[days];
      for (int d = 0; d < days; d++) {
        LocalDate date = from.plusDays(d);
        double count = perDay.getOrDefault(applicationId, 0);
        for (Go go : goLives) {
          LocalDate on = TODAY.minusDays(go.daysAgo());
          if (go.app() == applicationId
              && !date.isBefore(on)
              && date.isBefore(on.plusDays(GoLiveSurge.DAYS_AFTER))) {
            count *= go.ratio();
          }
        }
        boolean filing =
            date.isBefore(TODAY)
                && !date.isBefore(
                    TODAY.minusDays(
                        sinceDaysAgo.getOrDefault(applicationId, Integer.MAX_VALUE / 2)));
        counts[d] = filing ? Math.round(count) : 0;
      }
      return counts;
    }
  }

  static Stream<Arguments> histories() {
    return Stream.of(
        // name, usual tickets/day of APP, PEER, OTHER; go-lives; basis, multiplier, expected
        Arguments.of(
            "its own go-live", 4, 5, 5, List.of(new Go(APP, 90, 3)), "APPLICATION", 3.0, 12.0),
        Arguments.of(
            "the median of its own two",
            4,
            5,
            5,
            List.of(new Go(APP, 90, 2), new Go(APP, 200, 4)),
            "APPLICATION",
            3.0,
            12.0),
        Arguments.of(
            "the median of its own three, not the mean",
            4,
            5,
            5,
            List.of(new Go(APP, 90, 1.5), new Go(APP, 200, 2), new Go(APP, 300, 5)),
            "APPLICATION",
            2.0,
            8.0),
        Arguments.of(
            "its own beat its category's",
            4,
            5,
            5,
            List.of(new Go(APP, 90, 2), new Go(PEER, 120, 6)),
            "APPLICATION",
            2.0,
            8.0),
        Arguments.of(
            "its category's when it has none",
            6,
            5,
            5,
            List.of(new Go(PEER, 120, 2.4)),
            "CATEGORY",
            2.4,
            14.4),
        Arguments.of(
            "its category's when its own surge is still under way",
            6,
            5,
            5,
            List.of(new Go(APP, 3, 5), new Go(PEER, 120, 2)),
            "CATEGORY",
            2.0,
            12.0),
        Arguments.of(
            "a first go-live files what its category's weeks after brought",
            0,
            2,
            5,
            List.of(new Go(PEER, 120, 5), new Go(PEER, 300, 3), new Go(OTHER_CATEGORY, 90, 5)),
            "CATEGORY",
            null,
            8.0),
        Arguments.of(
            "an application silent since its own go-live files what that week brought",
            0,
            2,
            5,
            List.of(new Go(APP, 90, 3), new Go(PEER, 120, 5)),
            "APPLICATION",
            null,
            0.0),
        Arguments.of(
            "the default when only another category has a history",
            4,
            5,
            5,
            List.of(new Go(OTHER_CATEGORY, 90, 5)),
            "DEFAULT",
            GoLiveSurge.DEFAULT_MULTIPLIER,
            8.0),
        Arguments.of("the default with no history at all", 3, 0, 0, List.of(), "DEFAULT", 2.0, 6.0),
        Arguments.of(
            "a ratio against a near-silent baseline counts as the cap",
            4,
            1,
            5,
            List.of(new Go(PEER, 120, 20)),
            "CATEGORY",
            GoLiveSurge.MAX_RATIO,
            20.0),
        Arguments.of(
            "fewer tickets after an upgrade is a finding too",
            10,
            5,
            5,
            List.of(new Go(APP, 90, 0.5)),
            "APPLICATION",
            0.5,
            5.0));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("histories")
  void estimatesTheSurgeFromTheRightHistory(
      String name,
      int app,
      int peer,
      int other,
      List<Go> goLives,
      String basis,
      Double multiplier,
      double expected) {
    Generated history = new Generated();
    history.perDay.put(APP, app);
    history.perDay.put(PEER, peer);
    history.perDay.put(OTHER_CATEGORY, other);
    history.goLives.addAll(goLives);

    var estimate =
        new GoLiveSurge(history).estimate(APP, "EHR", TODAY.plusDays(10), TODAY, past(goLives));

    assertThat(estimate.basis().name()).isEqualTo(basis);
    assertThat(estimate.multiplier()).isEqualTo(multiplier);
    assertThat(estimate.method().name()).isEqualTo(multiplier == null ? "VOLUME" : "RATIO");
    assertThat(estimate.baselinePerDay()).isEqualTo(app);
    assertThat(estimate.expectedPerDay()).isEqualTo(expected);
    // Shown with the history it came from: every ratio given is one of the basis's go-lives.
    for (var sample : estimate.history()) {
      if (basis.equals("APPLICATION")) {
        assertThat(sample.applicationId()).isEqualTo(APP);
      } else if (basis.equals("CATEGORY")) {
        assertThat(sample.applicationId()).isEqualTo(PEER);
      }
    }
  }

  @Test
  void aHistoryPointShowsTheVolumesBeforeAndAfterItsGoLive() {
    Generated history = new Generated();
    history.perDay.put(APP, 4);
    history.goLives.add(new Go(APP, 90, 3));

    var estimate =
        new GoLiveSurge(history)
            .estimate(APP, "EHR", TODAY.plusDays(10), TODAY, past(history.goLives));

    var point = estimate.history().get(0);
    assertThat(point.wentLiveOn()).isEqualTo(TODAY.minusDays(90));
    assertThat(point.beforePerDay()).isEqualTo(4.0);
    assertThat(point.afterPerDay()).isEqualTo(12.0);
    assertThat(point.ratio()).isEqualTo(3.0);
  }

  @Test
  void aGoLiveUnderWayTakesItsBaselineFromBeforeItStartedNotFromItsOwnSurge() {
    Generated history = new Generated();
    history.perDay.put(APP, 4);
    history.goLives.add(new Go(APP, 3, 5));

    var estimate =
        new GoLiveSurge(history).estimate(APP, "EHR", TODAY.minusDays(3), TODAY, past(List.of()));

    assertThat(estimate.baselinePerDay()).isEqualTo(4.0);
    assertThat(estimate.basis()).isEqualTo(GoLiveSurge.Basis.DEFAULT);
  }

  @Test
  void itsOwnFirstGoLiveHadNothingToCompareWithSoItsCategorysRatioCounts() {
    Generated history = new Generated();
    history.perDay.put(APP, 4);
    history.sinceDaysAgo.put(APP, 90);
    history.perDay.put(PEER, 5);
    history.goLives.add(new Go(APP, 90, 3));
    history.goLives.add(new Go(PEER, 120, 4));

    var estimate =
        new GoLiveSurge(history)
            .estimate(APP, "EHR", TODAY.plusDays(10), TODAY, past(history.goLives));

    assertThat(estimate.basis()).isEqualTo(GoLiveSurge.Basis.CATEGORY);
    assertThat(estimate.multiplier()).isEqualTo(4.0);
    assertThat(estimate.expectedPerDay()).isEqualTo(16.0);
  }

  @Test
  void aCappedRatioStillShowsTheVolumesItCameFrom() {
    Generated history = new Generated();
    history.perDay.put(PEER, 1);
    history.goLives.add(new Go(PEER, 120, 20));

    var point =
        new GoLiveSurge(history)
            .estimate(APP, "EHR", TODAY.plusDays(10), TODAY, past(history.goLives))
            .history()
            .get(0);

    assertThat(point.beforePerDay()).isEqualTo(1.0);
    assertThat(point.afterPerDay()).isEqualTo(20.0);
    assertThat(point.ratio()).isEqualTo(GoLiveSurge.MAX_RATIO);
    assertThat(point.capped()).isTrue();
  }

  @Test
  void anEventLearnsOnlyFromGoLivesBeforeItsStart() {
    Generated history = new Generated();
    history.perDay.put(APP, 4);
    history.perDay.put(PEER, 5);
    history.goLives.add(new Go(PEER, 10, 3));

    var estimate =
        new GoLiveSurge(history)
            .estimate(APP, "EHR", TODAY.minusDays(30), TODAY, past(history.goLives));

    assertThat(estimate.basis()).isEqualTo(GoLiveSurge.Basis.DEFAULT);
    assertThat(estimate.history()).isEmpty();
    assertThat(estimate.baselinePerDay()).isEqualTo(4.0);
  }

  @Test
  void theDefaultShowsWhatWasLookedAtAndFoundWanting() {
    Generated history = new Generated();
    history.perDay.put(APP, 4);
    history.perDay.put(PEER, 0);
    history.goLives.add(new Go(PEER, 120, 3));

    var estimate =
        new GoLiveSurge(history)
            .estimate(APP, "EHR", TODAY.plusDays(10), TODAY, past(history.goLives));

    assertThat(estimate.basis()).isEqualTo(GoLiveSurge.Basis.DEFAULT);
    assertThat(estimate.expectedPerDay()).isEqualTo(8.0);
    assertThat(estimate.history()).hasSize(1);
    assertThat(estimate.history().get(0).ratio()).isNull();
  }

  private static List<GoLiveSurge.Past> past(List<Go> goLives) {
    return goLives.stream()
        .map(
            g ->
                new GoLiveSurge.Past(
                    g.app(),
                    "App " + g.app(),
                    g.app() == OTHER_CATEGORY ? "LABORATORY" : "EHR",
                    TODAY.minusDays(g.daysAgo()),
                    GoLiveKind.GO_LIVE))
        .toList();
  }
}
