package org.medley.coverage.internal;

import io.micronaut.context.event.ApplicationEventPublisher;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.exceptions.DataAccessException;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.exceptions.HttpStatusException;
import io.micronaut.transaction.annotation.ReadOnly;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.medley.calendar.CalendarDirectory;
import org.medley.coverage.Certification;
import org.medley.coverage.Shift;
import org.medley.identity.Accounts;
import org.medley.identity.Hospitals;
import org.medley.identity.OrganizationKind;
import org.medley.identity.OrganizationNames;

/** Applications, staff and skills: reads and single changes, checked against the tenant's data. */
@Singleton
class CatalogService {

  private final ApplicationStore applications;
  private final CoverageRevisions revisions;
  private final SkillStore skills;
  private final StaffStore staff;
  private final CalendarDirectory calendars;
  private final ApplicationEventPublisher<CoverageChanged> changes;
  private final Clock clock;
  private final StaffLinks links;
  private final Accounts accounts;
  private final OrganizationNames organizations;
  private final Hospitals hospitals;

  CatalogService(
      ApplicationStore applications,
      CoverageRevisions revisions,
      SkillStore skills,
      StaffStore staff,
      CalendarDirectory calendars,
      ApplicationEventPublisher<CoverageChanged> changes,
      Clock clock,
      StaffLinks links,
      Accounts accounts,
      OrganizationNames organizations,
      Hospitals hospitals) {
    this.organizations = organizations;
    this.hospitals = hospitals;
    this.applications = applications;
    this.revisions = revisions;
    this.skills = skills;
    this.staff = staff;
    this.calendars = calendars;
    this.changes = changes;
    this.clock = clock;
    this.links = links;
    this.accounts = accounts;
  }

  /** Tells this node's matrix about a write, once it commits; the write bumped the revision. */
  private void changed(
      long tenant, CoverageModel.Change change, CalendarDirectory.StoredCalendar calendar) {
    changes.publishEvent(new CoverageChanged(tenant, revisions.revision(tenant), change, calendar));
  }

  // ---- applications

  @ReadOnly
  Views.Page<Views.ApplicationView> applications(
      long tenant, String q, String category, Integer criticality, int page, int size) {
    var result = applications.applications(tenant, q, category, criticality, page, size);
    Map<Long, String> names = calendarNames(tenant);
    return new Views.Page<>(
        result.getContent().stream().map(a -> view(a, names)).toList(),
        page,
        size,
        result.getTotalSize());
  }

  @ReadOnly
  Views.ApplicationView application(long tenant, long id) {
    return view(
        applications.application(tenant, id).orElseThrow(() -> notFound("application", id)),
        calendarNames(tenant));
  }

  @Transactional
  Views.ApplicationView createApplication(long tenant, Inputs.Application input) {
    var calendar = calendar(tenant, input);
    requireVendor(input.vendorId());
    var fields = fields(input);
    if (applications.applicationIdByName(tenant, fields.name()).isPresent()) {
      throw new HttpStatusException(
          HttpStatus.CONFLICT, "An application named \"" + fields.name() + "\" already exists.");
    }
    long id = applications.insertApplication(tenant, fields, clock.instant());
    return applicationChanged(tenant, id, calendar);
  }

  private Views.ApplicationView applicationChanged(
      long tenant, long id, CalendarDirectory.StoredCalendar calendar) {
    Snapshot.App app = applications.application(tenant, id).orElseThrow();
    changed(tenant, new CoverageModel.Change.ApplicationSet(app), calendar);
    return view(app, calendarNames(tenant));
  }

  @Transactional
  Views.ApplicationView updateApplication(long tenant, long id, Inputs.Application input) {
    applications.application(tenant, id).orElseThrow(() -> notFound("application", id));
    if (input.version() == null) {
      throw new HttpStatusException(
          HttpStatus.BAD_REQUEST, "version: required to change an application");
    }
    var calendar = calendar(tenant, input);
    requireVendor(input.vendorId());
    var fields = fields(input);
    var clash = applications.applicationIdByName(tenant, fields.name());
    if (clash.isPresent() && clash.get() != id) {
      throw new HttpStatusException(
          HttpStatus.CONFLICT, "An application named \"" + fields.name() + "\" already exists.");
    }
    if (!applications.updateApplication(tenant, id, input.version(), fields)) {
      throw stale("application");
    }
    return applicationChanged(tenant, id, calendar);
  }

  @Transactional
  void deleteApplication(long tenant, long id) {
    try {
      if (!applications.deleteApplication(tenant, id)) {
        throw notFound("application", id);
      }
      changed(tenant, new CoverageModel.Change.ApplicationRemoved(id), null);
    } catch (DataAccessException e) {
      throw new HttpStatusException(
          HttpStatus.CONFLICT,
          "Tickets or desk routing still refer to this application: set its lifecycle to RETIRED"
              + " instead.");
    }
  }

  private CalendarDirectory.StoredCalendar calendar(long tenant, Inputs.Application input) {
    return calendars
        .calendar(tenant, input.calendarId())
        .orElseThrow(
            () ->
                new HttpStatusException(
                    HttpStatus.BAD_REQUEST, "calendarId: no calendar " + input.calendarId()));
  }

  /** An application names a vendor (an organisation of kind VENDOR), or none. */
  private void requireVendor(@Nullable Long vendorId) {
    if (vendorId != null
        && organizations.kind(vendorId).filter(k -> k == OrganizationKind.VENDOR).isEmpty()) {
      throw new HttpStatusException(HttpStatus.BAD_REQUEST, "vendorId: no vendor " + vendorId);
    }
  }

  private static ApplicationStore.ApplicationFields fields(Inputs.Application input) {
    return new ApplicationStore.ApplicationFields(
        input.name().strip(),
        input.vendor().strip(),
        input.vendorId(),
        input.category(),
        input.criticality(),
        input.lifecycle(),
        input.calendarId(),
        input.aliases() == null ? null : Aliases.clean(input.aliases(), "aliases"));
  }

  private Map<Long, String> calendarNames(long tenant) {
    Map<Long, String> names = new HashMap<>();
    calendars.calendars(tenant).forEach(c -> names.put(c.id(), c.name()));
    return names;
  }

  static Views.ApplicationView view(Snapshot.App a, Map<Long, String> calendarNames) {
    return new Views.ApplicationView(
        a.id(),
        a.name(),
        a.vendor(),
        a.vendorId(),
        a.category(),
        a.criticality(),
        a.lifecycle(),
        a.calendarId(),
        calendarNames.get(a.calendarId()),
        a.version(),
        a.aliases());
  }

  // ---- staff

  @ReadOnly
  Views.Page<Views.StaffView> staff(
      long tenant, String q, String team, String kind, int page, int size) {
    var result = staff.staff(tenant, q, team, kind, page, size);
    Map<Long, Views.SignIn> signIns = signIns(tenant);
    return new Views.Page<>(
        result.getContent().stream().map(p -> view(p, signIns.get(p.id()))).toList(),
        page,
        size,
        result.getTotalSize());
  }

  @ReadOnly
  Views.StaffView person(long tenant, long id) {
    var person = staff.person(tenant, id).orElseThrow(() -> notFound("staff member", id));
    return view(person, signIns(tenant).get(id));
  }

  /** The sign-in each of the tenant's linked records names, by staff id. */
  private Map<Long, Views.SignIn> signIns(long tenant) {
    Map<Long, Long> linked = links.accountIds(tenant);
    Map<Long, Views.SignIn> byAccount = new HashMap<>();
    accounts
        .accounts(linked.values())
        .forEach(
            a ->
                byAccount.put(
                    a.id(), new Views.SignIn(a.id(), a.displayName(), a.email(), a.username())));
    Map<Long, Views.SignIn> result = new HashMap<>();
    linked.forEach((staffId, accountId) -> result.put(staffId, byAccount.get(accountId)));
    return result;
  }

  /**
   * The accounts a record employed by {@code employerId} may name, with the record that names each
   * already: the staff editor's picker.
   */
  @ReadOnly
  Views.Page<Views.SignInAccount> signInAccounts(
      long tenant, long employerId, String q, int page, int size) {
    if (employerId != tenant && !staff.partners().containsValue(employerId)) {
      throw new HttpStatusException(HttpStatus.NOT_FOUND, "employerId: no employer " + employerId);
    }
    var found = accounts.signIns(tenant, employerId, q, page, size);
    var holders =
        links.holdersOf(tenant, found.items().stream().map(Accounts.Account::id).toList());
    return new Views.Page<>(
        found.items().stream()
            .map(
                a -> {
                  var holder = holders.get(a.id());
                  return new Views.SignInAccount(
                      a.id(),
                      a.displayName(),
                      a.email(),
                      a.username(),
                      holder == null ? null : holder.staffId(),
                      holder == null ? null : holder.name());
                })
            .toList(),
        page,
        size,
        found.total());
  }

  /** The caller's own staff record, if their sign-in is linked to one. */
  @ReadOnly
  Views.MyStaffRecord mine(long tenant, long accountId) {
    return links
        .holderOf(accountId)
        .flatMap(h -> staff.person(tenant, h.staffId()))
        .map(p -> new Views.MyStaffRecord(true, p.id(), p.name(), p.employer()))
        .orElse(new Views.MyStaffRecord(false, null, null, null));
  }

  @Transactional
  Views.StaffView createPerson(long tenant, Inputs.Staff input, StaffLinks.Actor actor) {
    var fields = fields(tenant, input);
    if (staff.staffIdByEmail(tenant, fields.email()).isPresent()) {
      throw new HttpStatusException(
          HttpStatus.CONFLICT, "A staff member with e-mail " + fields.email() + " already exists.");
    }
    long id = staff.insertStaff(tenant, fields, clock.instant());
    links.set(tenant, id, input.accountId(), StaffLinks.Source.EDITOR, actor, null);
    return personChanged(tenant, id);
  }

  private Views.StaffView personChanged(long tenant, long id) {
    Snapshot.Person person = staff.person(tenant, id).orElseThrow();
    // A contracted person with engagement dates may not count today: the bumped revision makes the
    // next read load the matrix, which judges the dates, instead of adding them here.
    if (!staff.dated(id)) {
      changed(tenant, new CoverageModel.Change.PersonSet(person), null);
    }
    return view(person, signIns(tenant).get(id));
  }

  @Transactional
  Views.StaffView updatePerson(long tenant, long id, Inputs.Staff input, StaffLinks.Actor actor) {
    staff.person(tenant, id).orElseThrow(() -> notFound("staff member", id));
    if (input.version() == null) {
      throw new HttpStatusException(
          HttpStatus.BAD_REQUEST, "version: required to change a staff member");
    }
    var fields = fields(tenant, input);
    var clash = staff.staffIdByEmail(tenant, fields.email());
    if (clash.isPresent() && clash.get() != id) {
      throw new HttpStatusException(
          HttpStatus.CONFLICT, "A staff member with e-mail " + fields.email() + " already exists.");
    }
    if (!staff.updateStaff(tenant, id, input.version(), fields)) {
      throw stale("staff member");
    }
    // Checked after the fields: a changed employer must still employ the linked account.
    links.set(tenant, id, input.accountId(), StaffLinks.Source.EDITOR, actor, null);
    return personChanged(tenant, id);
  }

  @Transactional
  void deletePerson(long tenant, long id) {
    try {
      if (!staff.deleteStaff(tenant, id)) {
        throw notFound("staff member", id);
      }
      changed(tenant, new CoverageModel.Change.PersonRemoved(id), null);
    } catch (DataAccessException e) {
      throw new HttpStatusException(
          HttpStatus.CONFLICT,
          "Tickets or support groups still refer to this person: remove them from their groups"
              + " first.");
    }
  }

  private StaffStore.StaffFields fields(long tenant, Inputs.Staff input) {
    ZoneId zone = zone(input.zone(), "zone");
    long employer;
    if ("INTERNAL".equals(input.kind())) {
      if (input.employerId() != null && input.employerId() != tenant) {
        throw new HttpStatusException(
            HttpStatus.BAD_REQUEST,
            "employerId: internal staff are employed by the hospital itself");
      }
      employer = tenant;
    } else {
      if (input.employerId() == null || !staff.partners().containsValue(input.employerId())) {
        throw new HttpStatusException(
            HttpStatus.BAD_REQUEST, "employerId: contracted staff need a partner organisation");
      }
      employer = input.employerId();
    }
    List<Shift> shifts =
        input.shifts().stream()
            .map(
                s ->
                    new Shift(
                        DayOfWeek.valueOf(s.day()),
                        LocalTime.parse(s.from()),
                        LocalTime.parse(s.to())))
            .toList();
    return new StaffStore.StaffFields(
        input.name().strip(),
        input.email().strip().toLowerCase(java.util.Locale.ROOT),
        input.kind(),
        employer,
        input.team() == null || input.team().isBlank() ? null : input.team().strip(),
        zone.getId(),
        input.capacityHours(),
        shifts);
  }

  /** The hospital itself for internal staff, then the partners by name, for contracted staff. */
  @ReadOnly
  List<Views.Employer> employers(long tenant) {
    List<Views.Employer> result = new java.util.ArrayList<>();
    result.add(new Views.Employer(tenant, "Internal (the hospital)", "INTERNAL"));
    staff.partners().entrySet().stream()
        .sorted(Map.Entry.comparingByKey())
        .forEach(p -> result.add(new Views.Employer(p.getValue(), p.getKey(), "CONTRACTED")));
    return result;
  }

  static ZoneId zone(String text, String field) {
    try {
      ZoneId zone = ZoneId.of(text.strip());
      if (zone instanceof ZoneOffset && !zone.equals(ZoneOffset.UTC)) {
        throw new HttpStatusException(
            HttpStatus.BAD_REQUEST, field + ": name a region such as America/New_York");
      }
      return zone;
    } catch (java.time.DateTimeException e) {
      throw new HttpStatusException(
          HttpStatus.BAD_REQUEST, field + ": not a time zone such as America/New_York");
    }
  }

  static Views.StaffView view(Snapshot.Person p, @Nullable Views.SignIn signIn) {
    return new Views.StaffView(
        p.id(),
        p.name(),
        p.email(),
        p.kind(),
        p.employerId(),
        p.employer(),
        p.team(),
        p.zone(),
        p.capacityHours(),
        p.shifts().stream().map(CoverageService::shiftView).toList(),
        p.version(),
        signIn == null ? null : signIn.id(),
        signIn);
  }

  // ---- skills

  @ReadOnly
  List<Views.SkillView> skills(long tenant, Long staffId, Long applicationId) {
    if (staffId != null) {
      staff.person(tenant, staffId).orElseThrow(() -> notFound("staff member", staffId));
    }
    if (applicationId != null) {
      applications
          .application(tenant, applicationId)
          .orElseThrow(() -> notFound("application", applicationId));
    }
    LocalDate today = today(tenant);
    return skills.skills(tenant, staffId, applicationId).stream()
        .map(s -> view(s.skill(), s.certification(), today))
        .toList();
  }

  @Transactional
  Views.SkillView putSkill(long tenant, Inputs.Skill input) {
    staff
        .person(tenant, input.staffId())
        .orElseThrow(() -> notFound("staff member", input.staffId()));
    applications
        .application(tenant, input.applicationId())
        .orElseThrow(() -> notFound("application", input.applicationId()));
    var verified =
        input.verifiedOn() == null
            ? null
            : input.verifiedOn().atStartOfDay(ZoneOffset.UTC).toInstant();
    if (verified != null && verified.isAfter(clock.instant())) {
      throw new HttpStatusException(
          HttpStatus.BAD_REQUEST, "verifiedOn: must not be in the future");
    }
    Certification certification = certification(input);
    var skill = new Snapshot.Skill(input.staffId(), input.applicationId(), input.level(), verified);
    skills.putSkills(tenant, List.of(skill));
    skills.certify(skill.staffId(), skill.applicationId(), certification);
    changed(
        tenant,
        new CoverageModel.Change.SkillSet(
            skill.staffId(), skill.applicationId(), skill.level(), certification),
        null);
    return view(skill, certification, today(tenant));
  }

  @Nullable
  private static Certification certification(Inputs.Skill input) {
    String name = input.certification() == null ? "" : input.certification().strip();
    if (name.isEmpty()) {
      if (input.certificationExpiresOn() != null) {
        throw new HttpStatusException(
            HttpStatus.BAD_REQUEST,
            "certificationExpiresOn: name the certification that expires (certification)");
      }
      return null;
    }
    return new Certification(name, input.certificationExpiresOn());
  }

  /** The hospital's date, on which certifications are judged. */
  private LocalDate today(long tenant) {
    return LocalDate.ofInstant(clock.instant(), hospitals.zone(tenant));
  }

  @Transactional
  void deleteSkill(long tenant, long staffId, long applicationId) {
    if (!skills.deleteSkill(tenant, staffId, applicationId)) {
      throw new HttpStatusException(HttpStatus.NOT_FOUND, "No such skill");
    }
    changed(tenant, new CoverageModel.Change.SkillRemoved(staffId, applicationId), null);
  }

  static Views.SkillView view(
      Snapshot.Skill s, @Nullable Certification certification, LocalDate today) {
    return new Views.SkillView(
        s.staffId(),
        s.applicationId(),
        s.level(),
        s.verifiedAt() == null ? null : s.verifiedAt().atZone(ZoneOffset.UTC).toLocalDate(),
        certification == null ? null : certification.name(),
        certification == null ? null : certification.expiresOn(),
        certification == null ? null : certification.state(today));
  }

  private static HttpStatusException notFound(String what, long id) {
    return new HttpStatusException(HttpStatus.NOT_FOUND, "No " + what + " " + id);
  }

  private static HttpStatusException stale(String what) {
    return new HttpStatusException(
        HttpStatus.CONFLICT,
        "Someone else changed this " + what + " first: reload it and apply your change again.");
  }
}
