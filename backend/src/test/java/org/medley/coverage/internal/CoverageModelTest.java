package org.medley.coverage.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;
import org.medley.coverage.Certification;
import org.medley.coverage.CoveragePolicy;
import org.medley.coverage.CoverageRules;
import org.medley.coverage.CoverageStatus;
import org.medley.coverage.Shift;
import org.medley.coverage.TicketHistory;
import org.medley.coverage.WeekMask;

/**
 * A write applied to a kept model must leave exactly the model a full evaluation of the changed
 * data gives: every summary, gap, sole-cover list, cell and order. Random catalogs, random edit
 * sequences of every kind, compared after each edit.
 */
class CoverageModelTest {

  private static final Instant NOW = Instant.parse("2026-11-25T10:15:00Z");
  private static final java.time.LocalDate TODAY = java.time.LocalDate.of(2026, 11, 25);
  private static final Instant GRID = WeekMask.gridStart(NOW);
  private static final CoveragePolicy POLICY = new CoveragePolicy(CoverageRules.DEFAULTS);
  private static final List<String> ZONES =
      List.of("America/New_York", "Europe/Berlin", "Asia/Kolkata", "UTC", "Australia/Sydney");
  // Few names, so orders have ties and case-only differences to break.
  private static final List<String> NAMES =
      List.of("Ava", "ava", "Ben", "Cruz", "Dana", "Eli", "Ford", "Gia", "Hal", "Ivy");

  @Property(tries = 150)
  void applyingEditsEqualsEvaluatingTheEditedData(@ForAll long seed) {
    Random random = new Random(seed);
    Data data = Data.random(random);
    CoverageModel kept = data.evaluate(0);
    for (int revision = 1; revision <= 20; revision++) {
      CoverageModel.Change change = data.randomEdit(random);
      kept = kept.apply(revision, NOW, change);
      assertSameModel(kept, data.evaluate(revision), "after " + change);
    }
    // A history refresh evaluates the kept model's data again: the same as evaluating the rows.
    data.history = randomHistory(random, data.nextId + 40);
    assertSameModel(
        kept.reevaluate(data.calendars.values(), data.history, NOW),
        data.evaluate(20),
        "after a history refresh");
  }

  @Test
  void aSecondExpertMovesAnApplicationOffItsOnlyExpertsSoleCover() {
    Data data = new Data();
    data.calendars.put(
        1L, new CoverageModel.Calendar(1, "24x7", java.time.ZoneOffset.UTC, WeekMask.FULL));
    data.apps.put(10L, app(10, "PACS", 1));
    data.people.put(1L, person(1, "Ava", allWeek()));
    data.people.put(2L, person(2, "Ben", allWeek()));
    data.skills.put(List.of(1L, 10L), 4);
    CoverageModel kept = data.evaluate(7);
    assertThat(kept.application(10).status()).isEqualTo(CoverageStatus.RISK);
    assertThat(kept.personSummary(1).soleCover()).containsExactly(10L);
    assertThat(kept.gaps()).extracting(Views.Gap::applicationId).containsExactly(10L);

    var change = new CoverageModel.Change.SkillSet(2, 10, 3);
    data.apply(change);
    CoverageModel after = kept.apply(8, NOW, change);

    assertThat(after.application(10).status()).isEqualTo(CoverageStatus.GOOD);
    assertThat(after.application(10).experts()).containsExactly(1L, 2L);
    assertThat(after.personSummary(1).soleCover()).isEmpty();
    assertThat(after.gaps()).isEmpty();
    assertThat(after.matrix().cells()).containsExactly(10, 1, 4, 10, 2, 3);
    assertThat(after.matrix().revision()).isEqualTo(8);
    // The model it came from is unchanged: readers holding it see one consistent matrix.
    assertThat(kept.application(10).status()).isEqualTo(CoverageStatus.RISK);
    assertThat(kept.matrix().cells()).containsExactly(10, 1, 4);
    assertSameModel(after, data.evaluate(8), "after " + change);
  }

  @Test
  void aCertificationCountsThroughItsLastDayAndNotAfter() {
    Data data = new Data();
    data.calendars.put(
        1L, new CoverageModel.Calendar(1, "24x7", java.time.ZoneOffset.UTC, WeekMask.FULL));
    data.apps.put(10L, app(10, "Ventilator", 1));
    data.people.put(1L, person(1, "Frank", allWeek()));
    data.people.put(2L, person(2, "Olga", allWeek()));
    data.skills.put(List.of(2L, 10L), 4);
    var change =
        new CoverageModel.Change.SkillSet(1, 10, 4, new Certification("Hamilton C6", TODAY));
    data.apply(change);
    CoverageModel lastDay = data.evaluate(7);
    assertThat(lastDay.application(10).status()).isEqualTo(CoverageStatus.GOOD);
    assertThat(lastDay.matrix().certifications())
        .extracting(Views.CertifiedCell::state)
        .containsExactly(Certification.State.EXPIRING);
    assertThat(lastDay.personSummary(1).expiringCertifications()).isEqualTo(1);

    // The next day (a new day reloads the model) Frank counts as level 0: Olga is the only expert.
    CoverageModel dayAfter =
        CoverageModel.of(
            POLICY,
            7,
            GRID,
            NOW,
            TODAY.plusDays(1),
            data.calendars.values(),
            data.history,
            lastDay.snapshot());
    assertThat(dayAfter.application(10).status()).isEqualTo(CoverageStatus.RISK);
    assertThat(dayAfter.application(10).experts()).containsExactly(2L);
    assertThat(dayAfter.levelsOn(10)).containsEntry(1L, 0);
    assertThat(dayAfter.personSummary(1).expiredCertifications()).isEqualTo(1);
    assertThat(dayAfter.personSummary(2).soleCover()).containsExactly(10L);
    assertThat(dayAfter.gap(10).reasons())
        .anyMatch(r -> r.contains("Frank’s certification “Hamilton C6” expired on " + TODAY));
    // Its recorded level survives the reload, for the day the certification is renewed.
    assertThat(dayAfter.matrix().certifications())
        .extracting(Views.CertifiedCell::level)
        .containsExactly(4);
  }

  private static void assertSameModel(CoverageModel kept, CoverageModel full, String after) {
    Views.Matrix a = kept.matrix();
    Views.Matrix b = full.matrix();
    assertThat(a.revision()).as(after).isEqualTo(b.revision());
    assertThat(a.counts()).as(after).isEqualTo(b.counts());
    assertThat(a.applications()).as(after).isEqualTo(b.applications());
    assertThat(a.staff()).as(after).isEqualTo(b.staff());
    assertThat(a.cells()).as(after).isEqualTo(b.cells());
    assertThat(a.certifications()).as(after).isEqualTo(b.certifications());
    assertThat(kept.gaps()).as(after).isEqualTo(full.gaps());
    for (var app : b.applications()) {
      assertThat(kept.coverage(app.id())).as(after).isEqualTo(full.coverage(app.id()));
      assertThat(kept.levelsOn(app.id())).as(after).isEqualTo(full.levelsOn(app.id()));
    }
    for (var person : b.staff()) {
      assertThat(kept.onShift(person.id())).as(after).isEqualTo(full.onShift(person.id()));
      assertThat(kept.levelsOf(person.id())).as(after).isEqualTo(full.levelsOf(person.id()));
    }
  }

  // ---- generated data, kept as plain rows the way the database would after each write

  private static final class Data {
    final Map<Long, CoverageModel.Calendar> calendars = new LinkedHashMap<>();
    final Map<Long, Snapshot.App> apps = new LinkedHashMap<>();
    final Map<Long, Snapshot.Person> people = new LinkedHashMap<>();
    final Map<List<Long>, Integer> skills = new LinkedHashMap<>(); // [staff, app] -> level
    final Map<List<Long>, Certification> certifications = new LinkedHashMap<>();
    History history;
    long nextId = 1000;

    static Data random(Random random) {
      Data data = new Data();
      data.calendars.put(
          1L, new CoverageModel.Calendar(1, "24x7", java.time.ZoneOffset.UTC, WeekMask.FULL));
      for (long id = 2; id <= 3; id++) {
        data.calendars.put(
            id,
            new CoverageModel.Calendar(
                id,
                "Calendar " + id,
                java.time.ZoneId.of(ZONES.get(random.nextInt(ZONES.size()))),
                randomMask(random)));
      }
      int apps = random.nextInt(25);
      for (int i = 0; i < apps; i++) {
        long id = data.nextId++;
        data.apps.put(id, data.randomApp(random, id));
      }
      int staff = random.nextInt(30);
      for (int i = 0; i < staff; i++) {
        long id = data.nextId++;
        data.people.put(id, randomPerson(random, id));
      }
      int skills = data.apps.isEmpty() || data.people.isEmpty() ? 0 : random.nextInt(120);
      for (int i = 0; i < skills; i++) {
        data.skills.put(
            List.of(pick(random, data.people.keySet()), pick(random, data.apps.keySet())),
            random.nextInt(5));
      }
      data.history = randomHistory(random, data.nextId + 40);
      return data;
    }

    Data() {
      history = new History(NOW, Map.of(), Map.of(), Map.of(), Map.of(), Map.of());
    }

    CoverageModel evaluate(long revision) {
      List<Snapshot.App> appList = new ArrayList<>(apps.values());
      List<Snapshot.Person> staffList = new ArrayList<>(people.values());
      List<Snapshot.Skill> skillList = new ArrayList<>();
      skills.forEach(
          (k, level) -> skillList.add(new Snapshot.Skill(k.get(0), k.get(1), level, null)));
      // Rows arrive in no particular order.
      Random shuffle = new Random(revision);
      Collections.shuffle(appList, shuffle);
      Collections.shuffle(staffList, shuffle);
      Collections.shuffle(skillList, shuffle);
      return CoverageModel.of(
          POLICY,
          revision,
          GRID,
          NOW,
          TODAY,
          calendars.values(),
          history,
          new Snapshot(
              revision,
              appList,
              staffList,
              skillList,
              certifications.entrySet().stream()
                  .filter(e -> skills.containsKey(e.getKey()))
                  .map(
                      e ->
                          new Snapshot.Certified(
                              e.getKey().get(0),
                              e.getKey().get(1),
                              skills.get(e.getKey()),
                              e.getValue()))
                  .toList()));
    }

    CoverageModel.Change randomEdit(Random random) {
      CoverageModel.Change change;
      int kind = random.nextInt(10);
      if (kind <= 3 && !apps.isEmpty() && !people.isEmpty()) {
        // A third rest on a certification, some expired, some expiring, on the model's day.
        Certification certification =
            random.nextInt(3) > 0
                ? null
                : new Certification("Training", TODAY.plusDays(random.nextInt(200) - 100));
        change =
            new CoverageModel.Change.SkillSet(
                pick(random, people.keySet()),
                pick(random, apps.keySet()),
                random.nextInt(5),
                certification);
      } else if (kind == 4 && !skills.isEmpty()) {
        List<Long> key = pick(random, skills.keySet());
        change = new CoverageModel.Change.SkillRemoved(key.get(0), key.get(1));
      } else if (kind == 5) {
        long id =
            people.isEmpty() || random.nextBoolean() ? nextId++ : pick(random, people.keySet());
        change = new CoverageModel.Change.PersonSet(randomPerson(random, id));
      } else if (kind == 6 && !people.isEmpty()) {
        change = new CoverageModel.Change.PersonRemoved(pick(random, people.keySet()));
      } else if (kind == 7) {
        long id = apps.isEmpty() || random.nextBoolean() ? nextId++ : pick(random, apps.keySet());
        change = new CoverageModel.Change.ApplicationSet(randomApp(random, id));
      } else if (kind == 8 && !apps.isEmpty()) {
        change = new CoverageModel.Change.ApplicationRemoved(pick(random, apps.keySet()));
      } else {
        long id = nextId++;
        change = new CoverageModel.Change.PersonSet(randomPerson(random, id));
      }
      apply(change);
      return change;
    }

    /** What the database holds after the write, as the coverage stores write it. */
    void apply(CoverageModel.Change change) {
      if (change instanceof CoverageModel.Change.SkillSet s) {
        skills.put(List.of(s.staffId(), s.applicationId()), s.level());
        if (s.certification() == null) {
          certifications.remove(List.of(s.staffId(), s.applicationId()));
        } else {
          certifications.put(List.of(s.staffId(), s.applicationId()), s.certification());
        }
      } else if (change instanceof CoverageModel.Change.SkillRemoved s) {
        skills.remove(List.of(s.staffId(), s.applicationId()));
        certifications.remove(List.of(s.staffId(), s.applicationId()));
      } else if (change instanceof CoverageModel.Change.PersonSet p) {
        people.put(p.person().id(), p.person());
      } else if (change instanceof CoverageModel.Change.PersonRemoved p) {
        people.remove(p.staffId());
        skills.keySet().removeIf(k -> k.get(0) == p.staffId());
        certifications.keySet().removeIf(k -> k.get(0) == p.staffId());
      } else if (change instanceof CoverageModel.Change.ApplicationSet a) {
        apps.put(a.application().id(), a.application());
      } else if (change instanceof CoverageModel.Change.ApplicationRemoved a) {
        apps.remove(a.applicationId());
        skills.keySet().removeIf(k -> k.get(1) == a.applicationId());
        certifications.keySet().removeIf(k -> k.get(1) == a.applicationId());
      }
    }

    Snapshot.App randomApp(Random random, long id) {
      // Calendar 4 does not exist: an application naming it needs round-the-clock cover.
      long calendar = 1 + random.nextInt(4);
      return new Snapshot.App(
          id,
          "App " + NAMES.get(random.nextInt(NAMES.size())) + " " + random.nextInt(4),
          "Vendor",
          null,
          random.nextBoolean() ? "EHR" : "LABORATORY",
          1 + random.nextInt(4),
          "LIVE",
          calendar,
          random.nextInt(3),
          List.of());
    }
  }

  static Snapshot.Person randomPerson(Random random, long id) {
    List<Shift> shifts = new ArrayList<>();
    int count = random.nextInt(5);
    for (int i = 0; i < count; i++) {
      shifts.add(
          new Shift(
              DayOfWeek.of(1 + random.nextInt(7)),
              LocalTime.of(random.nextInt(24), random.nextBoolean() ? 0 : 30),
              LocalTime.of(random.nextInt(24), 0)));
    }
    return new Snapshot.Person(
        id,
        NAMES.get(random.nextInt(NAMES.size())),
        "p" + id + "@example.org",
        random.nextBoolean() ? "INTERNAL" : "CONTRACTED",
        1,
        "Riverside",
        random.nextBoolean() ? null : "Team",
        ZONES.get(random.nextInt(ZONES.size())),
        random.nextInt(5) == 0 ? 0 : 10 + random.nextInt(40),
        List.copyOf(shifts),
        random.nextInt(3));
  }

  static History randomHistory(Random random, long maxId) {
    Map<Long, long[]> volumes = new HashMap<>();
    Map<Long, double[]> load = new HashMap<>();
    Map<Long, TicketHistory.Median> byApp = new HashMap<>();
    Map<Long, TicketHistory.Median> byPerson = new HashMap<>();
    for (long id = 1000; id < maxId; id++) {
      if (random.nextInt(3) == 0) {
        volumes.put(id, new long[] {random.nextInt(50), 50 + random.nextInt(100)});
        byApp.put(id, median(random, id, 0));
      }
      if (random.nextInt(3) == 0) {
        double[] weeks = new double[CoverageRules.DEFAULTS.burnoutOutOf()];
        for (int w = 0; w < weeks.length; w++) {
          weeks[w] = random.nextInt(70);
        }
        load.put(id, weeks);
        byPerson.put(id, median(random, 0, id));
      }
    }
    return new History(NOW, volumes, load, Map.of(), byApp, byPerson);
  }

  private static TicketHistory.Median median(Random random, long app, long staff) {
    return new TicketHistory.Median(
        app, staff, 1 + random.nextInt(30), Duration.ofMinutes(10 + random.nextInt(5000)));
  }

  private static WeekMask randomMask(Random random) {
    int[] slots = random.ints(random.nextInt(WeekMask.HOURS), 0, WeekMask.HOURS).toArray();
    return WeekMask.ofSlots(slots);
  }

  private static <T> T pick(Random random, java.util.Collection<T> values) {
    int index = random.nextInt(values.size());
    for (T value : values) {
      if (index-- == 0) {
        return value;
      }
    }
    throw new IllegalStateException();
  }

  private static Snapshot.App app(long id, String name, long calendar) {
    return new Snapshot.App(id, name, "Vendor", null, "IMAGING", 1, "LIVE", calendar, 0, List.of());
  }

  private static Snapshot.Person person(long id, String name, List<Shift> shifts) {
    return new Snapshot.Person(
        id, name, null, "INTERNAL", 1, "Riverside", null, "UTC", 40, shifts, 0);
  }

  private static List<Shift> allWeek() {
    List<Shift> shifts = new ArrayList<>();
    for (DayOfWeek day : DayOfWeek.values()) {
      shifts.add(new Shift(day, LocalTime.MIDNIGHT, LocalTime.MIDNIGHT));
    }
    return shifts;
  }
}
