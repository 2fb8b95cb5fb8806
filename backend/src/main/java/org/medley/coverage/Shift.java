package org.medley.coverage;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A weekly shift in the staff member's time zone. An end not after the start runs past midnight
 * into the next day ({@code 22:00-06:00}); {@code 00:00-00:00} is the whole day.
 */
public record Shift(DayOfWeek day, LocalTime from, LocalTime to) {

  private static final Pattern TEXT =
      Pattern.compile("(?i)\\s*([a-z]{3})[a-z]*\\s+(\\d{2}:\\d{2})\\s*-\\s*(\\d{2}:\\d{2})\\s*");

  public boolean overnight() {
    return !to.isAfter(from);
  }

  /** Whether this shift covers the local time, counting a night shift that began the day before. */
  public boolean covers(LocalDateTime local) {
    DayOfWeek today = local.getDayOfWeek();
    LocalTime time = local.toLocalTime();
    if (!overnight()) {
      return today == day && !time.isBefore(from) && time.isBefore(to);
    }
    return (today == day && !time.isBefore(from))
        || (today == day.plus(1) && time.isBefore(to) && !to.equals(LocalTime.MIDNIGHT));
  }

  public static boolean anyCovers(List<Shift> shifts, ZoneId zone, Instant at) {
    if (shifts.isEmpty()) {
      return false;
    }
    LocalDateTime local = LocalDateTime.ofInstant(at, zone);
    for (Shift shift : shifts) {
      if (shift.covers(local)) {
        return true;
      }
    }
    return false;
  }

  /** The hours of the week grid this person is on shift. */
  public static WeekMask mask(List<Shift> shifts, ZoneId zone, Instant gridStart) {
    return shifts.isEmpty()
        ? WeekMask.EMPTY
        : WeekMask.of(gridStart, at -> anyCovers(shifts, zone, at));
  }

  /** {@code MON 07:00-19:00}. */
  @Override
  public String toString() {
    return day.name().substring(0, 3) + " " + from + "-" + to;
  }

  /** {@code MON 07:00-19:00; TUE 07:00-19:00}, as imports and exports write them. */
  public static String format(List<Shift> shifts) {
    return String.join("; ", shifts.stream().map(Shift::toString).toList());
  }

  /**
   * Parses {@link #format}'s text.
   *
   * @throws IllegalArgumentException saying what is wrong, for a row report
   */
  public static List<Shift> parse(String text) {
    List<Shift> shifts = new ArrayList<>();
    if (text == null || text.isBlank()) {
      return shifts;
    }
    for (String part : text.split("[;,]")) {
      if (part.isBlank()) {
        continue;
      }
      Matcher m = TEXT.matcher(part);
      if (!m.matches()) {
        throw new IllegalArgumentException(
            "shift \"" + part.strip() + "\" is not like MON 07:00-19:00");
      }
      shifts.add(new Shift(day(m.group(1)), time(m.group(2)), time(m.group(3))));
    }
    return shifts;
  }

  private static DayOfWeek day(String abbreviation) {
    String upper = abbreviation.toUpperCase(Locale.ROOT);
    for (DayOfWeek day : DayOfWeek.values()) {
      if (day.name().startsWith(upper)) {
        return day;
      }
    }
    throw new IllegalArgumentException("\"" + abbreviation + "\" is not a weekday (MON to SUN)");
  }

  private static LocalTime time(String text) {
    try {
      return LocalTime.parse(text);
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException("\"" + text + "\" is not a time of day (00:00 to 23:59)");
    }
  }
}
