package org.medley.device;

import io.micronaut.core.annotation.Nullable;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.medley.platform.Problem;
import org.medley.platform.Refused;

/**
 * A security advisory against some of the hospital's device models: a CVE, how severe, which
 * firmware (an inclusive range, either end open: {@link AdvisoryFirmware}), what to do about it,
 * and who does it ({@link AdvisoryRouting}). {@link #of} holds the rules and names every field that
 * breaks one.
 */
public record Advisory(
    String cve,
    String title,
    AdvisorySeverity severity,
    List<Long> modelIds,
    @Nullable String firmwareFrom,
    @Nullable String firmwareTo,
    String remediation,
    AdvisoryRouting routing) {

  /** MITRE's form since 2014: the year and at least four digits. */
  static final Pattern CVE = Pattern.compile("CVE-(\\d{4})-\\d{4,19}");

  /** The first CVE ids were published in 1999. */
  static final int FIRST_YEAR = 1999;

  public static final int MAX_MODELS = 200;

  /** The advisory, tidied (CVE upper case, blanks as null), or {@link Refused} (400). */
  public static Advisory of(Advisory raw, int thisYear) {
    List<Problem.FieldError> problems = new ArrayList<>();
    String cve = Device.blankToNull(raw.cve());
    if (cve == null) {
      problems.add(new Problem.FieldError("cve", "required"));
    } else {
      cve = cve.toUpperCase(Locale.ROOT);
      var matcher = CVE.matcher(cve);
      if (!matcher.matches()) {
        problems.add(new Problem.FieldError("cve", "a CVE id such as CVE-2024-12345"));
      } else {
        int year = Integer.parseInt(matcher.group(1));
        if (year < FIRST_YEAR || year > thisYear + 1) {
          problems.add(
              new Problem.FieldError("cve", "the year must be from 1999 to " + (thisYear + 1)));
        }
      }
    }
    String title = text(raw.title(), "title", 200, problems);
    String remediation = text(raw.remediation(), "remediation", 4000, problems);
    if (raw.severity() == null) {
      problems.add(new Problem.FieldError("severity", "required"));
    }
    List<Long> models = raw.modelIds() == null ? List.of() : raw.modelIds();
    if (models.isEmpty()) {
      problems.add(new Problem.FieldError("modelIds", "name at least one device model"));
    } else if (models.size() > MAX_MODELS) {
      problems.add(new Problem.FieldError("modelIds", "at most " + MAX_MODELS + " models"));
    } else if (models.stream().anyMatch(id -> id == null || id < 1)) {
      problems.add(new Problem.FieldError("modelIds", "model ids are positive numbers"));
    }
    String from = firmware(raw.firmwareFrom(), "firmwareFrom", problems);
    String to = firmware(raw.firmwareTo(), "firmwareTo", problems);
    if (from != null && to != null && AdvisoryFirmware.compare(from, to) > 0) {
      problems.add(
          new Problem.FieldError("firmwareTo", "must not come before firmwareFrom (" + from + ")"));
    }
    if (!problems.isEmpty()) {
      throw Refused.invalid(problems);
    }
    return new Advisory(
        cve,
        title,
        raw.severity(),
        List.copyOf(new LinkedHashSet<>(models)),
        from,
        to,
        remediation,
        raw.routing() == null ? AdvisoryRouting.BOTH : raw.routing());
  }

  /** Whether a device on this firmware is affected (unknown firmware is: conservative). */
  public boolean affects(@Nullable String firmware) {
    return AdvisoryFirmware.inRange(firmware, firmwareFrom, firmwareTo);
  }

  /** The work order's summary: "CVE-…: title", cut to the column's 200 characters. */
  public String summary() {
    String summary = cve + ": " + title;
    return summary.length() <= 200 ? summary : summary.substring(0, 199) + "…";
  }

  private static @Nullable String firmware(
      @Nullable String value, String field, List<Problem.FieldError> problems) {
    String text = Device.blankToNull(value);
    if (text == null) {
      return null;
    }
    if (text.length() > 100) {
      problems.add(new Problem.FieldError(field, "at most 100 characters"));
    } else if (!AdvisoryFirmware.readable(text)) {
      problems.add(new Problem.FieldError(field, "a firmware version such as 2.4.1"));
    }
    return text;
  }

  private static String text(
      @Nullable String value, String field, int max, List<Problem.FieldError> problems) {
    String text = Device.blankToNull(value);
    if (text == null) {
      problems.add(new Problem.FieldError(field, "required"));
    } else if (text.length() > max) {
      problems.add(new Problem.FieldError(field, "at most " + max + " characters"));
    }
    return text;
  }
}
