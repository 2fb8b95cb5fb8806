package org.medley.coverage.internal;

import io.micronaut.context.annotation.Value;
import io.micronaut.http.exceptions.HttpStatusException;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.transaction.annotation.ReadOnly;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.medley.calendar.CalendarDirectory;
import org.medley.coverage.Shift;
import org.medley.identity.Accounts;
import org.medley.platform.Spreadsheet;
import org.medley.platform.Spreadsheet.Format;
import org.medley.platform.Spreadsheet.Line;
import org.medley.platform.Spreadsheet.RowError;

/**
 * Import and export of applications, staff and skills. An import checks every row against the file
 * and the tenant's data first and writes only when no row has a problem, all in one transaction: a
 * file is taken whole or not at all. Rows are matched by natural key (application name, staff
 * e-mail, e-mail plus application) and update what they match.
 */
@Singleton
class Transfers {

  enum Resource {
    APPLICATIONS(
        "applications",
        List.of("name", "vendor", "category", "criticality", "lifecycle", "calendar", "aliases"),
        Set.of("aliases")),
    STAFF(
        "staff",
        List.of(
            "email",
            "name",
            "kind",
            "employer",
            "team",
            "zone",
            "capacity_hours",
            "shifts",
            "sign_in"),
        Set.of("sign_in")),
    SKILLS("skills", List.of("staff_email", "application", "level", "verified_on"), Set.of());

    final String sheet;
    final List<String> columns;

    /** Columns a file may leave out (added later): their values stay as stored. */
    final Set<String> optional;

    Resource(String sheet, List<String> columns, Set<String> optional) {
      this.sheet = sheet;
      this.columns = columns;
      this.optional = optional;
    }
  }

  /** Where the row limit of one import is configured (see README). */
  static final String MAX_ROWS_KEY = "medley.coverage.import-max-rows";

  @Serdeable
  record Result(int rows, int created, int updated) {}

  private static final Pattern CATEGORY = Pattern.compile(Inputs.CATEGORY);
  private static final Pattern LIFECYCLE = Pattern.compile(Inputs.LIFECYCLE);
  private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

  private final ApplicationStore applications;
  private final SkillStore skills;
  private final SnapshotStore snapshots;
  private final StaffStore staff;
  private final CalendarDirectory calendars;
  private final Clock clock;
  private final int maxRows;
  private final StaffLinks links;
  private final Accounts accounts;

  Transfers(
      ApplicationStore applications,
      SkillStore skills,
      SnapshotStore snapshots,
      StaffStore staff,
      CalendarDirectory calendars,
      Clock clock,
      @Value("${" + MAX_ROWS_KEY + ":10000}") int maxRows,
      StaffLinks links,
      Accounts accounts) {
    this.applications = applications;
    this.skills = skills;
    this.snapshots = snapshots;
    this.staff = staff;
    this.calendars = calendars;
    this.clock = clock;
    this.maxRows = maxRows;
    this.links = links;
    this.accounts = accounts;
  }

  // ---- export

  @ReadOnly
  byte[] export(long tenant, Resource resource, Format format) {
    Snapshot snapshot = snapshots.snapshot(tenant, true);
    List<List<String>> rows = new ArrayList<>();
    switch (resource) {
      case APPLICATIONS -> {
        Map<Long, String> names = calendarNames(tenant);
        for (Snapshot.App a : snapshot.applications()) {
          rows.add(
              List.of(
                  a.name(),
                  a.vendor(),
                  a.category(),
                  String.valueOf(a.criticality()),
                  a.lifecycle(),
                  names.getOrDefault(a.calendarId(), ""),
                  String.join(Aliases.SEPARATOR + " ", a.aliases())));
        }
      }
      case STAFF -> {
        Map<Long, Long> linked = links.accountIds(tenant);
        Map<Long, String> usernames = new HashMap<>();
        accounts.accounts(linked.values()).forEach(a -> usernames.put(a.id(), a.username()));
        for (Snapshot.Person p : snapshot.staff()) {
          rows.add(
              List.of(
                  nullToEmpty(p.email()),
                  p.name(),
                  p.kind(),
                  "CONTRACTED".equals(p.kind()) ? p.employer() : "",
                  nullToEmpty(p.team()),
                  p.zone(),
                  number(p.capacityHours()),
                  Shift.format(p.shifts()),
                  nullToEmpty(usernames.get(linked.get(p.id())))));
        }
      }
      case SKILLS -> {
        Map<Long, String> emails = new HashMap<>();
        snapshot.staff().forEach(p -> emails.put(p.id(), nullToEmpty(p.email())));
        Map<Long, String> apps = new HashMap<>();
        snapshot.applications().forEach(a -> apps.put(a.id(), a.name()));
        snapshot.skills().stream()
            .sorted(
                Comparator.comparing((Snapshot.Skill s) -> emails.get(s.staffId()))
                    .thenComparing(s -> apps.get(s.applicationId())))
            .forEach(
                s ->
                    rows.add(
                        List.of(
                            emails.get(s.staffId()),
                            apps.get(s.applicationId()),
                            String.valueOf(s.level()),
                            s.verifiedAt() == null
                                ? ""
                                : LocalDate.ofInstant(s.verifiedAt(), ZoneOffset.UTC).toString())));
      }
    }
    return Spreadsheet.write(format, resource.sheet, resource.columns, rows);
  }

  // ---- import

  @Transactional
  Result importFile(
      long tenant, Resource resource, Format format, byte[] file, StaffLinks.Actor actor) {
    List<Line> lines =
        Spreadsheet.read(file, format, resource.columns, resource.optional, maxRows, MAX_ROWS_KEY);
    if (lines.isEmpty()) {
      throw new Spreadsheet.Rejected(new RowError(2, null, "The file has a header but no rows."));
    }
    return switch (resource) {
      case APPLICATIONS -> importApplications(tenant, lines);
      case STAFF -> importStaff(tenant, lines, actor);
      case SKILLS -> importSkills(tenant, lines);
    };
  }

  private Result importApplications(long tenant, List<Line> lines) {
    Map<String, Long> calendarIds = new HashMap<>();
    calendars
        .calendars(tenant)
        .forEach(c -> calendarIds.put(c.name().toLowerCase(Locale.ROOT), c.id()));
    Map<String, Snapshot.App> existing = new HashMap<>();
    snapshots
        .snapshot(tenant, false)
        .applications()
        .forEach(a -> existing.put(a.name().toLowerCase(Locale.ROOT), a));
    List<RowError> errors = new ArrayList<>();
    Map<String, Integer> seen = new HashMap<>();
    List<ApplicationStore.ApplicationFields> rows = new ArrayList<>();
    for (Line line : lines) {
      Errors e = new Errors(errors, line);
      String name = e.text("name", 150);
      String vendor = e.text("vendor", 150);
      String category = line.get("category").toUpperCase(Locale.ROOT).replace(' ', '_');
      if (!CATEGORY.matcher(category).matches()) {
        e.add("category", "Use a category such as EHR or LABORATORY (letters, digits, _).");
      }
      int criticality = e.integer("criticality", 1, 4);
      String lifecycle = line.get("lifecycle").toUpperCase(Locale.ROOT);
      if (!LIFECYCLE.matcher(lifecycle).matches()) {
        e.add("lifecycle", "Use one of PLANNED, GO_LIVE, LIVE, LEGACY, RETIRED.");
      }
      Long calendar = calendarIds.get(line.get("calendar").toLowerCase(Locale.ROOT));
      if (calendar == null) {
        e.add("calendar", "No business calendar named “" + line.get("calendar") + "”.");
      }
      List<String> aliases = null; // a file without the column keeps the stored aliases
      if (line.has("aliases")) {
        try {
          aliases = Aliases.clean(Aliases.split(line.get("aliases")), "aliases");
        } catch (HttpStatusException bad) {
          e.add("aliases", bad.getMessage().substring("aliases: ".length()));
        }
      }
      e.duplicate(seen, name.toLowerCase(Locale.ROOT), "name");
      if (e.clean()) {
        rows.add(
            new ApplicationStore.ApplicationFields(
                name,
                vendor,
                // The file names no vendor of the directory: an existing application keeps its own.
                java.util.Optional.ofNullable(existing.get(name.toLowerCase(Locale.ROOT)))
                    .map(Snapshot.App::vendorId)
                    .orElse(null),
                category,
                criticality,
                lifecycle,
                calendar,
                aliases));
      }
    }
    if (!errors.isEmpty()) {
      throw new Spreadsheet.Rejected(errors);
    }
    int created = 0;
    Instant now = clock.instant();
    for (var row : rows) {
      Snapshot.App match = existing.get(row.name().toLowerCase(Locale.ROOT));
      if (match == null) {
        applications.insertApplication(tenant, row, now);
        created++;
      } else {
        applications.updateApplication(tenant, match.id(), match.version(), row);
      }
    }
    return new Result(rows.size(), created, rows.size() - created);
  }

  private Result importStaff(long tenant, List<Line> lines, StaffLinks.Actor actor) {
    Map<String, Long> partners = new HashMap<>();
    staff.partners().forEach((name, id) -> partners.put(name.toLowerCase(Locale.ROOT), id));
    Map<String, Snapshot.Person> existing = new HashMap<>();
    snapshots
        .snapshot(tenant, false)
        .staff()
        .forEach(
            p -> {
              if (p.email() != null) {
                existing.put(p.email().toLowerCase(Locale.ROOT), p);
              }
            });
    List<RowError> errors = new ArrayList<>();
    Map<String, Integer> seen = new HashMap<>();
    List<StaffStore.StaffFields> rows = new ArrayList<>();
    Map<String, Long> signIns = new HashMap<>(); // by e-mail; a null value unlinks
    SignInsInFile named = new SignInsInFile(tenant, lines, existing.values());
    for (Line line : lines) {
      Errors e = new Errors(errors, line);
      String email = line.get("email").toLowerCase(Locale.ROOT);
      if (!EMAIL.matcher(email).matches() || email.length() > 254) {
        e.add("email", "Not an e-mail address.");
      }
      String name = e.text("name", 200);
      String kind = line.get("kind").toUpperCase(Locale.ROOT);
      long employer = tenant;
      if (kind.equals("CONTRACTED")) {
        Long partner = partners.get(line.get("employer").toLowerCase(Locale.ROOT));
        if (partner == null) {
          e.add("employer", "No partner organisation named “" + line.get("employer") + "”.");
        } else {
          employer = partner;
        }
      } else if (!kind.equals("INTERNAL")) {
        e.add("kind", "Use INTERNAL or CONTRACTED.");
      }
      String team = line.get("team");
      if (team.length() > 100) {
        e.add("team", "At most 100 characters.");
      }
      ZoneId zone = null;
      try {
        zone = CatalogService.zone(line.get("zone"), "zone");
      } catch (RuntimeException ex) {
        e.add("zone", "Not a time zone such as America/New_York.");
      }
      double capacity = e.decimal("capacity_hours", 0, 168);
      List<Shift> shifts = List.of();
      try {
        shifts = Shift.parse(line.get("shifts"));
        if (shifts.size() > 28) {
          e.add("shifts", "At most 28 shifts a week.");
        }
      } catch (IllegalArgumentException ex) {
        e.add("shifts", cap(ex.getMessage()) + ".");
      }
      e.duplicate(seen, email, "email");
      if (line.has("sign_in")) {
        signIns.put(email, named.account(e, line, existing.get(email), name, employer));
      }
      if (e.clean()) {
        rows.add(
            new StaffStore.StaffFields(
                name,
                email,
                kind,
                employer,
                team.isEmpty() ? null : team,
                zone.getId(),
                capacity,
                shifts));
      }
    }
    if (!errors.isEmpty()) {
      throw new Spreadsheet.Rejected(errors);
    }
    int created = 0;
    Instant now = clock.instant();
    Map<String, Long> ids = new HashMap<>();
    for (var row : rows) {
      Snapshot.Person match = existing.get(row.email());
      if (match == null) {
        ids.put(row.email(), staff.insertStaff(tenant, row, now));
        created++;
      } else {
        staff.updateStaff(tenant, match.id(), match.version(), row);
        ids.put(row.email(), match.id());
      }
    }
    // Accounts that move between records in this file are freed first, then linked where named.
    for (long staffId : named.released(signIns, ids)) {
      links.set(tenant, staffId, null, StaffLinks.Source.IMPORT, actor, null);
    }
    for (var signIn : signIns.entrySet()) {
      links.set(
          tenant,
          ids.get(signIn.getKey()),
          signIn.getValue(),
          StaffLinks.Source.IMPORT,
          actor,
          null);
    }
    return new Result(rows.size(), created, rows.size() - created);
  }

  /**
   * The {@code sign_in} column of a staff file: each value names one of the tenant's accounts by
   * username or e-mail, at most once in the file, and is checked by {@link SignInLink} as the
   * editor's link is. An account another record names now may be named when the file gives that
   * record another sign-in (or none).
   */
  private final class SignInsInFile {
    private final long tenant;
    private final Map<String, String> signInByEmail = new HashMap<>();
    private final Map<Long, String> emailById = new HashMap<>();
    private final Map<Long, Integer> seen = new HashMap<>();

    SignInsInFile(long tenant, List<Line> lines, java.util.Collection<Snapshot.Person> existing) {
      this.tenant = tenant;
      existing.forEach(p -> emailById.put(p.id(), p.email().toLowerCase(Locale.ROOT)));
      for (Line line : lines) {
        if (line.has("sign_in")) {
          signInByEmail.put(
              line.get("email").toLowerCase(Locale.ROOT),
              line.get("sign_in").strip().toLowerCase(Locale.ROOT));
        }
      }
    }

    @io.micronaut.core.annotation.Nullable
    Long account(
        Errors e,
        Line line,
        @io.micronaut.core.annotation.Nullable Snapshot.Person current,
        String name,
        long employer) {
      String value = line.get("sign_in").strip();
      if (value.isEmpty()) {
        return null;
      }
      List<Accounts.Account> found = accounts.accountsBySignIn(tenant, value);
      if (found.isEmpty()) {
        e.add("sign_in", "No sign-in account with username or e-mail “" + value + "”.");
        return null;
      }
      if (found.size() > 1) {
        e.add("sign_in", "Several accounts have the e-mail “" + value + "”: use the username.");
        return null;
      }
      Accounts.Account account = found.get(0);
      Integer first = seen.putIfAbsent(account.id(), line.number());
      if (first != null) {
        e.add("sign_in", "The same sign-in as line " + first + ".");
        return null;
      }
      var holder = links.holderOf(account.id()).filter(h -> !releasedByFile(h)).orElse(null);
      Long currentAccount =
          current == null ? null : links.holder(tenant, current.id()).orElseThrow().accountId();
      var refusal =
          SignInLink.refusal(
              tenant,
              new SignInLink.Holder(
                  current == null ? 0 : current.id(), name, employer, currentAccount),
              account.id(),
              account,
              holder);
      if (refusal.isPresent()) {
        e.add(
            "sign_in",
            refusal.get() instanceof org.medley.platform.Refused r
                ? r.errors().get(0).message()
                : refusal.get().getMessage());
        return null;
      }
      return account.id();
    }

    /** A record whose row in this file names another sign-in, or none. */
    private boolean releasedByFile(SignInLink.Holder holder) {
      String email = emailById.get(holder.staffId());
      String named = email == null ? null : signInByEmail.get(email);
      return named != null
          && accountsBySignInIds(named).stream().noneMatch(id -> id.equals(holder.accountId()));
    }

    private List<Long> accountsBySignInIds(String signIn) {
      return signIn.isEmpty()
          ? List.of()
          : accounts.accountsBySignIn(tenant, signIn).stream().map(Accounts.Account::id).toList();
    }

    /** The records that hold an account another row of the file names, to be unlinked first. */
    List<Long> released(Map<String, Long> signIns, Map<String, Long> ids) {
      List<Long> result = new ArrayList<>();
      for (var target : signIns.entrySet()) {
        if (target.getValue() == null) {
          continue;
        }
        links
            .holderOf(target.getValue())
            .filter(h -> h.staffId() != ids.get(target.getKey()))
            .ifPresent(h -> result.add(h.staffId()));
      }
      return result;
    }
  }

  private Result importSkills(long tenant, List<Line> lines) {
    Snapshot snapshot = snapshots.snapshot(tenant, false);
    Map<String, Long> staff = new HashMap<>();
    snapshot
        .staff()
        .forEach(
            p -> {
              if (p.email() != null) {
                staff.put(p.email().toLowerCase(Locale.ROOT), p.id());
              }
            });
    Map<String, Long> apps = new HashMap<>();
    snapshot.applications().forEach(a -> apps.put(a.name().toLowerCase(Locale.ROOT), a.id()));
    java.util.Set<Long> existing = new java.util.HashSet<>();
    snapshot.skills().forEach(s -> existing.add((s.applicationId() << 32) ^ s.staffId()));
    List<RowError> errors = new ArrayList<>();
    Map<String, Integer> seen = new HashMap<>();
    List<Snapshot.Skill> rows = new ArrayList<>();
    LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
    for (Line line : lines) {
      Errors e = new Errors(errors, line);
      Long staffId = staff.get(line.get("staff_email").toLowerCase(Locale.ROOT));
      if (staffId == null) {
        e.add("staff_email", "No staff member with e-mail “" + line.get("staff_email") + "”.");
      }
      Long appId = apps.get(line.get("application").toLowerCase(Locale.ROOT));
      if (appId == null) {
        e.add("application", "No application named “" + line.get("application") + "”.");
      }
      int level = e.integer("level", 0, 4);
      Instant verified = null;
      String date = line.get("verified_on");
      if (!date.isEmpty()) {
        try {
          LocalDate day = LocalDate.parse(date.length() > 10 ? date.substring(0, 10) : date);
          if (day.isAfter(today)) {
            e.add("verified_on", "In the future.");
          }
          verified = day.atStartOfDay(ZoneOffset.UTC).toInstant();
        } catch (DateTimeParseException ex) {
          e.add("verified_on", "Not a date such as 2026-03-31.");
        }
      }
      e.duplicate(
          seen,
          line.get("staff_email").toLowerCase(Locale.ROOT)
              + "|"
              + line.get("application").toLowerCase(Locale.ROOT),
          "application");
      if (e.clean()) {
        rows.add(new Snapshot.Skill(staffId, appId, level, verified));
      }
    }
    if (!errors.isEmpty()) {
      throw new Spreadsheet.Rejected(errors);
    }
    int created =
        (int)
            rows.stream()
                .filter(s -> !existing.contains((s.applicationId() << 32) ^ s.staffId()))
                .count();
    skills.putSkills(tenant, rows);
    return new Result(rows.size(), created, rows.size() - created);
  }

  // ---- helpers

  /** Collects one line's problems. */
  private static final class Errors {
    private final List<RowError> all;
    private final Line line;
    private final int before;

    Errors(List<RowError> all, Line line) {
      this.all = all;
      this.line = line;
      this.before = all.size();
    }

    void add(String column, String message) {
      all.add(new RowError(line.number(), column, message));
    }

    boolean clean() {
      return all.size() == before;
    }

    String text(String column, int max) {
      String value = line.get(column);
      if (value.isEmpty()) {
        add(column, "Required.");
      } else if (value.length() > max) {
        add(column, "At most " + max + " characters.");
      }
      return value;
    }

    int integer(String column, int min, int max) {
      String value = line.get(column);
      try {
        double number = Double.parseDouble(value);
        if (number != Math.rint(number) || number < min || number > max) {
          add(column, "Use a whole number from " + min + " to " + max + ".");
          return min;
        }
        return (int) number;
      } catch (NumberFormatException e) {
        add(column, "Use a whole number from " + min + " to " + max + ".");
        return min;
      }
    }

    double decimal(String column, double min, double max) {
      String value = line.get(column);
      try {
        double number = Double.parseDouble(value);
        if (!(number >= min && number <= max)) {
          add(column, "Use a number from " + number(min) + " to " + number(max) + ".");
        }
        return number;
      } catch (NumberFormatException e) {
        add(column, "Use a number from " + number(min) + " to " + number(max) + ".");
        return min;
      }
    }

    void duplicate(Map<String, Integer> seen, String key, String column) {
      Integer first = seen.putIfAbsent(key, line.number());
      if (first != null) {
        add(column, "Duplicate of line " + first + ".");
      }
    }
  }

  private Map<Long, String> calendarNames(long tenant) {
    Map<Long, String> names = new HashMap<>();
    calendars.calendars(tenant).forEach(c -> names.put(c.id(), c.name()));
    return names;
  }

  private static String nullToEmpty(String text) {
    return text == null ? "" : text;
  }

  private static String number(double value) {
    return value == Math.rint(value) ? String.valueOf((long) value) : String.valueOf(value);
  }

  private static String cap(String text) {
    return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
  }
}
