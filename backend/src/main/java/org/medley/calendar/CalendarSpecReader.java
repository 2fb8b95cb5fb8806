package org.medley.calendar;

import static org.medley.calendar.CalendarRules.MINUTES_PER_DAY;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.medley.platform.Problem.FieldError;
import org.medley.platform.Refused;

/** Reads a {@link CalendarSpec}, collecting every mistake with the field it is in. */
final class CalendarSpecReader {

  record Result(String name, ZoneId zone, CalendarRules rules) {}

  /** An interval read from the spec: minutes after midnight, {@code end} past 1440 runs over. */
  private record Slot(int from, int end, int index, String field, String day) {
    boolean runsPastMidnight() {
      return end > MINUTES_PER_DAY;
    }

    int endNextDay() {
      return end - MINUTES_PER_DAY;
    }

    String text() {
      return clock(from) + "-" + clock(end % MINUTES_PER_DAY);
    }
  }

  private static final Pattern HH_MM = Pattern.compile("(\\d{2}):(\\d{2})");

  private final List<FieldError> errors = new ArrayList<>();

  static Result read(CalendarSpec spec) {
    if (spec == null) {
      throw Refused.invalid(List.of(new FieldError("calendar", "required")));
    }
    return new CalendarSpecReader().readValid(spec);
  }

  private Result readValid(CalendarSpec spec) {
    if (spec.name() == null || spec.name().isBlank()) {
      error("name", "required");
    }
    ZoneId zone = readZone(spec.zone());
    Map<DayOfWeek, List<Slot>> week = readWeek(spec.week());
    Map<LocalDate, List<Slot>> holidays = readHolidays(spec.holidays(), week);
    if (!errors.isEmpty()) {
      throw Refused.invalid(errors);
    }
    int[][] weekArrays = new int[7][];
    week.forEach((day, slots) -> weekArrays[day.ordinal()] = toArray(slots));
    Map<Long, int[]> holidayArrays = new HashMap<>();
    holidays.forEach((date, slots) -> holidayArrays.put(date.toEpochDay(), toArray(slots)));
    return new Result(spec.name(), zone, new CalendarRules(weekArrays, holidayArrays));
  }

  private ZoneId readZone(String zone) {
    if (zone == null || zone.isBlank()) {
      error("zone", "required");
      return null;
    }
    try {
      return ZoneId.of(zone);
    } catch (DateTimeException e) {
      error("zone", "unknown time zone \"" + zone + "\"");
      return null;
    }
  }

  private Map<DayOfWeek, List<Slot>> readWeek(Map<String, List<IntervalSpec>> week) {
    Map<DayOfWeek, List<Slot>> days = new EnumMap<>(DayOfWeek.class);
    int declared = 0;
    boolean intervalErrors = false;
    if (week != null) {
      for (Map.Entry<String, List<IntervalSpec>> entry : week.entrySet()) {
        String key = entry.getKey();
        String field = "week." + key;
        DayOfWeek day = dayOfWeek(key);
        if (day == null) {
          error(field, "not a day of the week (MONDAY to SUNDAY)");
          continue;
        }
        if (days.containsKey(day)) {
          error(field, "repeats " + day);
          continue;
        }
        List<IntervalSpec> intervals = entry.getValue() == null ? List.of() : entry.getValue();
        declared += intervals.size();
        int before = errors.size();
        List<Slot> slots = readSlots(intervals, field, day.name());
        intervalErrors |= errors.size() > before;
        days.put(day, slots);
      }
    }
    if (declared == 0) {
      error("week", "no open intervals");
      return days;
    }
    if (intervalErrors) {
      return days;
    }
    for (List<Slot> slots : days.values()) {
      checkSameDay(slots);
    }
    for (DayOfWeek day : DayOfWeek.values()) {
      checkSpill(days.getOrDefault(day, List.of()), days.getOrDefault(day.plus(1), List.of()));
    }
    return days;
  }

  private Map<LocalDate, List<Slot>> readHolidays(
      List<HolidaySpec> holidays, Map<DayOfWeek, List<Slot>> week) {
    Map<LocalDate, List<Slot>> byDate = new LinkedHashMap<>();
    if (holidays == null) {
      return byDate;
    }
    Map<LocalDate, Integer> indexOf = new HashMap<>();
    List<LocalDate> readable = new ArrayList<>();
    for (int i = 0; i < holidays.size(); i++) {
      String field = "holidays[" + i + "]";
      HolidaySpec holiday = holidays.get(i);
      if (holiday == null) {
        error(field, "required");
        continue;
      }
      LocalDate date = readDate(holiday.date(), field + ".date");
      if (date == null) {
        continue;
      }
      Integer earlier = indexOf.putIfAbsent(date, i);
      if (earlier != null) {
        error(field + ".date", "repeats " + date + " of holidays[" + earlier + "]");
        continue;
      }
      List<IntervalSpec> open = holiday.open() == null ? List.of() : holiday.open();
      int before = errors.size();
      List<Slot> slots = readSlots(open, field + ".open", date.toString());
      byDate.put(date, slots);
      if (errors.size() == before) {
        checkSameDay(slots);
        readable.add(date);
      }
    }
    // Intervals belong to the day they start on: a holiday replaces the intervals starting on its
    // date, the previous day's interval running past midnight still runs into it.
    for (LocalDate date : readable) {
      List<Slot> slots = byDate.get(date);
      LocalDate before = date.minusDays(1);
      checkSpill(
          byDate.getOrDefault(before, week.getOrDefault(before.getDayOfWeek(), List.of())), slots);
      LocalDate after = date.plusDays(1);
      if (!byDate.containsKey(after)) {
        checkSpillInto(slots, week.getOrDefault(after.getDayOfWeek(), List.of()), after);
      }
    }
    return byDate;
  }

  private List<Slot> readSlots(List<IntervalSpec> intervals, String field, String day) {
    List<Slot> slots = new ArrayList<>();
    for (int i = 0; i < intervals.size(); i++) {
      String slotField = field + "[" + i + "]";
      IntervalSpec interval = intervals.get(i);
      if (interval == null) {
        error(slotField, "required");
        continue;
      }
      int from = readTime(interval.from(), slotField + ".from");
      int to = readTime(interval.to(), slotField + ".to");
      if (from >= 0 && to >= 0) {
        int end = to > from ? to : to + MINUTES_PER_DAY;
        slots.add(new Slot(from, end, i, slotField, day));
      }
    }
    slots.sort(Comparator.comparingInt(Slot::from));
    return slots;
  }

  /** Slots sorted by start; reports each overlap on the one listed later. */
  private void checkSameDay(List<Slot> slots) {
    Slot widest = null;
    for (Slot slot : slots) {
      if (widest != null && slot.from() < widest.end()) {
        Slot later = slot.index() > widest.index() ? slot : widest;
        Slot other = later == slot ? widest : slot;
        error(later.field(), "overlaps " + other.text());
      }
      if (widest == null || slot.end() > widest.end()) {
        widest = slot;
      }
    }
  }

  /** The day before's interval running past midnight must end before the next day's start. */
  private void checkSpill(List<Slot> dayBefore, List<Slot> day) {
    for (Slot spill : dayBefore) {
      if (!spill.runsPastMidnight()) {
        continue;
      }
      for (Slot slot : day) {
        if (slot.from() < spill.endNextDay()) {
          error(
              slot.field(),
              "overlaps " + spill.day() + " " + spill.text() + ", which runs past midnight");
        }
      }
    }
  }

  private void checkSpillInto(List<Slot> holiday, List<Slot> nextDay, LocalDate next) {
    for (Slot spill : holiday) {
      if (!spill.runsPastMidnight()) {
        continue;
      }
      for (Slot slot : nextDay) {
        if (slot.from() < spill.endNextDay()) {
          error(
              spill.field(),
              "runs past midnight into " + next + " (" + next.getDayOfWeek() + ") " + slot.text());
        }
      }
    }
  }

  private LocalDate readDate(String date, String field) {
    if (date == null || date.isBlank()) {
      error(field, "required");
      return null;
    }
    try {
      return LocalDate.parse(date);
    } catch (DateTimeParseException e) {
      error(field, "not a date \"" + date + "\" (expected YYYY-MM-DD)");
      return null;
    }
  }

  private int readTime(String time, String field) {
    if (time == null || time.isBlank()) {
      error(field, "required");
      return -1;
    }
    Matcher m = HH_MM.matcher(time);
    if (m.matches()) {
      int hours = Integer.parseInt(m.group(1));
      int minutes = Integer.parseInt(m.group(2));
      if (hours < 24 && minutes < 60) {
        return hours * 60 + minutes;
      }
    }
    String hint = "24:00".equals(time) ? "; write 00:00 for midnight" : "";
    error(field, "not a time \"" + time + "\" (expected HH:mm, 00:00 to 23:59" + hint + ")");
    return -1;
  }

  private static DayOfWeek dayOfWeek(String key) {
    if (key == null) {
      return null;
    }
    try {
      return DayOfWeek.valueOf(key.trim().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  private static int[] toArray(List<Slot> slots) {
    int[] flat = new int[slots.size() * 2];
    for (int i = 0; i < slots.size(); i++) {
      flat[2 * i] = slots.get(i).from();
      flat[2 * i + 1] = slots.get(i).end();
    }
    return flat;
  }

  static String clock(int minutes) {
    return String.format(Locale.ROOT, "%02d:%02d", minutes / 60, minutes % 60);
  }

  private void error(String field, String message) {
    errors.add(new FieldError(field, message));
  }
}
