package org.medley.coverage.internal;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.medley.coverage.CoveragePolicy;
import org.medley.coverage.CoverageRules;
import org.medley.coverage.Shift;
import org.medley.coverage.WeekMask;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The coverage matrix of the issue #7 tenant (2,000 applications, 5,000 people with five shifts
 * each, 60,000 skills) evaluated in full, as a load does, against one skill change applied to the
 * kept model, as a write through the node does.
 *
 * <p>{@code mvn -pl backend -Pbench -DskipTests test-compile exec:exec@jmh
 * -Djmh.args="CoverageModelBenchmark -f 1 -wi 3 -i 5"}
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class CoverageModelBenchmark {

  private static final Instant NOW = Instant.parse("2026-11-25T10:00:00Z");
  private static final java.time.LocalDate TODAY = java.time.LocalDate.of(2026, 11, 25);
  private static final Instant GRID = WeekMask.gridStart(NOW);
  private static final CoveragePolicy POLICY = new CoveragePolicy(CoverageRules.DEFAULTS);
  private static final List<String> ZONES =
      List.of("America/New_York", "America/Chicago", "America/Los_Angeles", "Europe/London");

  private final SplittableRandom random = new SplittableRandom(7);
  private List<CoverageModel.Calendar> calendars;
  private History history;
  private Snapshot snapshot;
  private CoverageModel kept;
  private long revision;

  @Setup
  public void setUp() {
    calendars =
        List.of(
            new CoverageModel.Calendar(1, "24x7", ZoneId.of("UTC"), WeekMask.FULL),
            new CoverageModel.Calendar(
                2, "Weekdays", ZoneId.of("America/New_York"), weekdays(ZoneId.of("America/New_York"))));
    List<Snapshot.App> apps = new ArrayList<>();
    for (long id = 1; id <= 2_000; id++) {
      apps.add(
          new Snapshot.App(
              id, "Application " + id, "Vendor", null, "EHR", 1 + (int) (id % 4), "LIVE", 1 + id % 2, 0, List.of()));
    }
    List<Snapshot.Person> staff = new ArrayList<>();
    for (long id = 10_001; id <= 15_000; id++) {
      List<Shift> shifts = new ArrayList<>();
      int start = 6 + random.nextInt(12);
      for (int d = 0; d < 5; d++) {
        DayOfWeek day = DayOfWeek.of(1 + (random.nextInt(3) + d) % 7);
        shifts.add(new Shift(day, LocalTime.of(start, 0), LocalTime.of((start + 8) % 24, 0)));
      }
      staff.add(
          new Snapshot.Person(
              id,
              "Person " + id,
              null,
              "INTERNAL",
              1,
              "Hospital",
              null,
              ZONES.get(random.nextInt(ZONES.size())),
              40,
              shifts,
              0));
    }
    List<Snapshot.Skill> skills = new ArrayList<>();
    java.util.Set<Long> seen = new java.util.HashSet<>();
    while (skills.size() < 60_000) {
      long app = 1 + random.nextInt(2_000);
      long person = 10_001 + random.nextInt(5_000);
      if (seen.add(app << 32 | person)) {
        skills.add(new Snapshot.Skill(person, app, random.nextInt(5), null));
      }
    }
    history = new History(NOW, Map.of(), Map.of(), Map.of(), Map.of(), Map.of());
    snapshot = new Snapshot(1, apps, staff, skills);
    kept = CoverageModel.of(POLICY, 1, GRID, NOW, TODAY, calendars, history, snapshot);
    revision = 1;
  }

  @Benchmark
  public CoverageModel fullEvaluation() {
    return CoverageModel.of(POLICY, 1, GRID, NOW, TODAY, calendars, history, snapshot);
  }

  @Benchmark
  public CoverageModel oneSkillApplied() {
    var change =
        new CoverageModel.Change.SkillSet(
            10_001 + random.nextInt(5_000), 1 + random.nextInt(2_000), random.nextInt(5));
    kept = kept.apply(++revision, NOW, change);
    return kept;
  }

  private static WeekMask weekdays(ZoneId zone) {
    return WeekMask.of(
        GRID,
        at -> {
          var local = at.atZone(zone);
          return local.getDayOfWeek().getValue() <= 5
              && local.getHour() >= 8
              && local.getHour() < 18;
        });
  }
}
