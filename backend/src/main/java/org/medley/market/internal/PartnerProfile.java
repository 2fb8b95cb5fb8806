package org.medley.market.internal;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.LongPredicate;
import org.medley.coverage.ContractedStaff;
import org.medley.coverage.CoverageForecast;
import org.medley.coverage.Shift;
import org.medley.platform.Problem;

/**
 * How a partner presents itself to a hospital: what it offers at which rates, which applications it
 * can staff at which level, and the named people it can put forward. Stored as one document; the
 * rules of a well-formed one live here.
 */
final class PartnerProfile {

  static final String OFFERING =
      "SERVICE_DESK_TIER|APPLICATION_MANAGEMENT|LEGACY_SUPPORT|GO_LIVE_SUPPORT|STAFF_AUGMENTATION";
  static final String TIER = "L1|L2|L3";
  static final String DAY = "MON|TUE|WED|THU|FRI|SAT|SUN";
  static final String TIME = "([01]\\d|2[0-3]):[0-5]\\d";

  private PartnerProfile() {}

  @Serdeable
  record Rate(
      @NotBlank @Size(max = 100) String role,
      @NotNull @DecimalMin("1") @DecimalMax("10000") Double hourlyRate) {}

  @Serdeable
  record Offering(
      @NotNull @Pattern(regexp = OFFERING, message = "must be one of " + OFFERING) String kind,
      @Nullable @Size(max = 1000) String description,
      @Nullable @Size(max = 20) List<@Valid @NotNull Rate> rates) {}

  @Serdeable
  record Level(@NotNull @Min(1) Long applicationId, @NotNull @Min(1) @Max(4) Integer level) {}

  @Serdeable
  record ShiftText(
      @NotNull @Pattern(regexp = DAY, message = "must be MON to SUN") String day,
      @NotNull @Pattern(regexp = TIME, message = "must be a time like 07:00") String from,
      @NotNull @Pattern(regexp = TIME, message = "must be a time like 19:00") String to) {

    Shift shift() {
      return new Shift(weekday(day), LocalTime.parse(from), LocalTime.parse(to));
    }

    static ShiftText of(Shift shift) {
      return new ShiftText(
          shift.day().name().substring(0, 3), shift.from().toString(), shift.to().toString());
    }
  }

  /** A named person the partner can put forward, with skills and weekly shifts. */
  @Serdeable
  record Person(
      @NotBlank @Size(max = 200) String name,
      @Nullable @Size(max = 254) @jakarta.validation.constraints.Email String email,
      @Nullable @Size(max = 100) String title,
      @NotBlank @Size(max = 64) String zone,
      @NotNull @DecimalMin("1") @DecimalMax("80") Double capacityHours,
      @NotNull @Size(max = 21) List<@Valid @NotNull ShiftText> shifts,
      @NotNull @Size(max = 50) List<@Valid @NotNull Level> skills) {}

  /** The document as stored and as a partner manager writes it (with the version read). */
  @Serdeable
  record Document(
      @Nullable @Size(max = 2000) String summary,
      @Nullable @Size(max = 20) List<@NotBlank @Size(max = 100) String> regions,
      @Nullable @Size(max = 3) List<@NotNull @Pattern(regexp = TIER) String> tiers,
      @Nullable @Size(max = 30) List<@NotBlank @Size(max = 200) String> certifications,
      @Nullable @Size(max = 10) List<@Valid @NotNull Offering> offerings,
      @Nullable @Size(max = 200) List<@Valid @NotNull Level> capabilities,
      @Nullable @Size(max = 100) List<@Valid @NotNull Person> people) {

    static final Document EMPTY =
        new Document(null, List.of(), List.of(), List.of(), List.of(), List.of(), List.of());

    /** Lists never null, text stripped: the form every reader can rely on. */
    Document normalized() {
      return new Document(
          summary == null || summary.isBlank() ? null : summary.strip(),
          strip(regions),
          tiers == null ? List.of() : List.copyOf(new java.util.LinkedHashSet<>(tiers)),
          strip(certifications),
          offerings == null ? List.of() : offerings,
          capabilities == null ? List.of() : capabilities,
          people == null ? List.of() : people);
    }

    /** The highest level the partner claims or one of its people has, per application. */
    Map<Long, Integer> levels() {
      Map<Long, Integer> best = new java.util.HashMap<>();
      capabilities().forEach(c -> best.merge(c.applicationId(), c.level(), Math::max));
      people()
          .forEach(
              p -> p.skills().forEach(s -> best.merge(s.applicationId(), s.level(), Math::max)));
      return best;
    }

    /** Its named people as hypothetical staff for the coverage forecast. */
    List<CoverageForecast.Candidate> candidates() {
      return people().stream().map(PartnerProfile::candidate).toList();
    }

    private static List<String> strip(List<String> texts) {
      return texts == null ? List.of() : texts.stream().map(String::strip).distinct().toList();
    }
  }

  /**
   * Every rule the annotations cannot say, each naming its field: applications must be the
   * hospital's, a kind of offering and an application appear once, zones are real time zones.
   */
  static List<Problem.FieldError> refusals(Document d, LongPredicate applicationExists) {
    List<Problem.FieldError> refusals = new ArrayList<>();
    Set<String> kinds = new HashSet<>();
    for (int i = 0; i < d.offerings().size(); i++) {
      if (!kinds.add(d.offerings().get(i).kind())) {
        refusals.add(new Problem.FieldError("offerings[" + i + "].kind", "offered twice"));
      }
    }
    levels("capabilities", d.capabilities(), applicationExists, refusals);
    for (int i = 0; i < d.people().size(); i++) {
      person("people[" + i + "]", d.people().get(i), applicationExists, refusals);
    }
    return refusals;
  }

  static void person(
      String field, Person p, LongPredicate applicationExists, List<Problem.FieldError> refusals) {
    if (zone(p.zone()) == null) {
      refusals.add(
          new Problem.FieldError(field + ".zone", "not a time zone such as Europe/Dublin"));
    }
    levels(field + ".skills", p.skills(), applicationExists, refusals);
  }

  private static void levels(
      String field,
      List<Level> levels,
      LongPredicate applicationExists,
      List<Problem.FieldError> refusals) {
    Set<Long> seen = new HashSet<>();
    for (int i = 0; i < levels.size(); i++) {
      long app = levels.get(i).applicationId();
      if (!applicationExists.test(app)) {
        refusals.add(
            new Problem.FieldError(field + "[" + i + "].applicationId", "no application " + app));
      } else if (!seen.add(app)) {
        refusals.add(new Problem.FieldError(field + "[" + i + "].applicationId", "named twice"));
      }
    }
  }

  static CoverageForecast.Candidate candidate(Person p) {
    return new CoverageForecast.Candidate(
        p.capacityHours(), zoneOr(p.zone()), shifts(p.shifts()), levelMap(p.skills()));
  }

  static ContractedStaff.Person staff(Person p, String team) {
    return new ContractedStaff.Person(
        p.name(),
        p.email(),
        team,
        zoneOr(p.zone()),
        p.capacityHours(),
        shifts(p.shifts()),
        levelMap(p.skills()));
  }

  static List<Shift> shifts(List<ShiftText> shifts) {
    return shifts.stream().map(ShiftText::shift).toList();
  }

  static Map<Long, Integer> levelMap(List<Level> levels) {
    Map<Long, Integer> map = new java.util.HashMap<>();
    levels.forEach(l -> map.merge(l.applicationId(), l.level(), Math::max));
    return map;
  }

  static @Nullable ZoneId zone(String text) {
    try {
      return text == null || text.isBlank() ? null : ZoneId.of(text.strip());
    } catch (DateTimeException e) {
      return null;
    }
  }

  private static ZoneId zoneOr(String text) {
    ZoneId zone = zone(text);
    return zone == null ? java.time.ZoneOffset.UTC : zone;
  }

  private static DayOfWeek weekday(String abbreviation) {
    for (DayOfWeek d : DayOfWeek.values()) {
      if (d.name().startsWith(abbreviation)) {
        return d;
      }
    }
    throw new IllegalArgumentException(abbreviation);
  }
}
