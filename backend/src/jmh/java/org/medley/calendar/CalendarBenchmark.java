package org.medley.calendar;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Business-time arithmetic on a New York Mon-Fri 09:00-17:00 calendar with ten 2026 holidays, and
 * on a 24x7 calendar as the baseline, for business durations of 1 h, 8 h, 3 days and 30 days from
 * starts spread over 2026. Sample mode reports the mean and the percentiles (p0.50 = median).
 *
 * <p>{@code mvn -pl backend -Pbench -DskipTests test-compile exec:exec@jmh}
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class CalendarBenchmark {

  private static final int STARTS = 1024;

  @Param({"ny-weekdays", "24x7"})
  public String calendar;

  @Param({"PT1H", "PT8H", "P3D", "P30D"})
  public String duration;

  private BusinessCalendar cal;
  private Duration businessDuration;
  private final Instant[] starts = new Instant[STARTS];
  private final Instant[] ends = new Instant[STARTS];
  private int next;

  @Setup
  public void setUp() {
    cal =
        calendar.equals("24x7")
            ? BusinessCalendar.twentyFourSeven(ZoneId.of("America/New_York"))
            : BusinessCalendar.of(newYorkWeekdays());
    businessDuration = Duration.parse(duration);
    SplittableRandom random = new SplittableRandom(2026);
    long from = Instant.parse("2026-01-01T00:00:00Z").getEpochSecond();
    long until = Instant.parse("2027-01-01T00:00:00Z").getEpochSecond();
    for (int i = 0; i < STARTS; i++) {
      starts[i] = Instant.ofEpochSecond(random.nextLong(from, until));
      ends[i] = cal.deadline(starts[i], businessDuration);
    }
  }

  @Benchmark
  public Instant deadline() {
    int i = next++ & (STARTS - 1);
    return cal.deadline(starts[i], businessDuration);
  }

  @Benchmark
  public Duration elapsed() {
    int i = next++ & (STARTS - 1);
    return cal.elapsed(starts[i], ends[i]);
  }

  static CalendarSpec newYorkWeekdays() {
    Map<String, List<IntervalSpec>> week = new LinkedHashMap<>();
    for (DayOfWeek day : List.of(DayOfWeek.values()).subList(0, 5)) {
      week.put(day.name(), List.of(new IntervalSpec("09:00", "17:00")));
    }
    List<HolidaySpec> holidays = new ArrayList<>();
    for (String date :
        List.of(
            "2026-01-01",
            "2026-01-19",
            "2026-02-16",
            "2026-05-25",
            "2026-07-03",
            "2026-09-07",
            "2026-11-26",
            "2026-11-27",
            "2026-12-25")) {
      holidays.add(HolidaySpec.closed(date, "holiday"));
    }
    holidays.add(
        new HolidaySpec(
            "2026-12-24", "Christmas Eve", List.of(new IntervalSpec("09:00", "12:00"))));
    return new CalendarSpec("New York weekdays", "America/New_York", week, holidays);
  }
}
