package org.medley.setup.internal;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.ReadOnly;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.DayOfWeek;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.medley.calendar.CalendarDirectory;
import org.medley.calendar.CalendarSpec;
import org.medley.calendar.IntervalSpec;
import org.medley.identity.BuiltinTokens;
import org.medley.identity.Caller;
import org.medley.identity.Installation;
import org.medley.identity.Role;
import org.medley.platform.Problem;
import org.medley.platform.Refused;
import org.medley.setup.SetupLink;

/**
 * The one-time setup of an empty Medley: the health system, its calendars and (built-in issuer) its
 * first administrator, in one transaction behind the {@link SetupState} lock.
 */
@Singleton
class FirstSetup {

  /**
   * The first administrator can do everything a hospital's IT admin needs on day one: administer,
   * work and watch the queue, build the coverage matrix and read the dashboards, and file a ticket
   * to try the portal. Roles can be narrowed later on the Users screen.
   */
  static final Set<Role> FIRST_ADMIN_ROLES =
      EnumSet.of(Role.ADMIN, Role.AGENT, Role.IT_LEADER, Role.EXECUTIVE, Role.END_USER);

  static final String ALWAYS_OPEN = "24x7";
  static final String BUSINESS_HOURS = "Business hours";

  private final SetupState state;
  private final SetupTokens tokens;
  private final Installation installation;
  private final CalendarDirectory calendars;
  private final Optional<BuiltinTokens> signIn;

  FirstSetup(
      SetupState state,
      SetupTokens tokens,
      Installation installation,
      CalendarDirectory calendars,
      Optional<BuiltinTokens> signIn) {
    this.state = state;
    this.tokens = tokens;
    this.installation = installation;
    this.calendars = calendars;
    this.signIn = signIn;
  }

  boolean builtIn() {
    return signIn.isPresent();
  }

  @ReadOnly
  SetupAnswers.Status status(@Nullable Caller caller, @Nullable String token) {
    if (!builtIn()) {
      if (caller == null) {
        return new SetupAnswers.Status(false, SetupAnswers.Issuer.OIDC, null, null, false, null);
      }
      boolean exists = installation.healthSystemExists(caller.tenantId());
      return new SetupAnswers.Status(
          !exists,
          SetupAnswers.Issuer.OIDC,
          caller.tenantId(),
          exists,
          !exists && caller.has(Role.ADMIN),
          null);
    }
    boolean needed = !installation.anyHealthSystemWithAccount();
    SetupLink.State link = token == null ? null : tokens.state(token, false);
    return new SetupAnswers.Status(
        needed,
        SetupAnswers.Issuer.BUILT_IN,
        null,
        null,
        needed && link == SetupLink.State.VALID,
        link);
  }

  /** Built-in issuer: the setup link's form. */
  @Transactional
  SetupAnswers.Done withLink(SetupRequest request) {
    String token = request.token();
    if (token == null || token.isBlank()) {
      throw Refused.invalid("token", "the setup link's token is required");
    }
    boolean setUp = setUp(); // locks first: concurrent uses of one link take turns
    SetupLink.State link = tokens.state(token, true);
    if (link == SetupLink.State.USED) {
      throw Refused.gone("token", "This setup link has already been used; sign in instead.");
    }
    if (setUp) {
      throw Refused.conflict("Medley is already set up; sign in instead.");
    }
    if (link == SetupLink.State.EXPIRED) {
      throw Refused.gone(
          "token", "This setup link has expired: restart Medley to get a new one in its log.");
    }
    if (link == SetupLink.State.UNKNOWN) {
      throw Refused.forbidden(
          "token", "This setup link is not valid: use the link from Medley's log.");
    }
    Created created = create(request, null, true);
    audit(created, request, request.admin().email(), request.admin().displayName(), "setup link");
    tokens.markUsed(token);
    state.completed(request.admin().email());
    var issued = signIn.orElseThrow().issue(created.accountId());
    return new SetupAnswers.Done(
        created.tenantId(),
        created.defaultCalendarId(),
        issued.accessToken(),
        "Bearer",
        issued.expiresIn(),
        issued.username(),
        issued.roles());
  }

  /** External issuer: an administrator whose tenant has no organisation yet creates it. */
  @Transactional
  SetupAnswers.Done forTenant(Caller caller, SetupRequest request) {
    if (!caller.has(Role.ADMIN)) {
      throw Refused.forbidden(
          "organization", "Only an administrator can set Medley up for the organisation.");
    }
    state.lockAndReadCompleted();
    if (installation.healthSystemExists(caller.tenantId())) {
      throw Refused.conflict("Medley is already set up for your organisation.");
    }
    Created created = create(request, caller.tenantId(), false);
    audit(created, request, caller.username(), caller.displayName(), "external issuer");
    state.completed(caller.username());
    return new SetupAnswers.Done(
        created.tenantId(), created.defaultCalendarId(), null, null, null, null, List.of());
  }

  /** Unattended install: the administrator from the environment; empty when already set up. */
  @Transactional
  Optional<Long> unattended(SetupRequest request) {
    if (setUp()) {
      return Optional.empty();
    }
    Created created = create(request, null, true);
    audit(
        created,
        request,
        request.admin().email(),
        request.admin().displayName(),
        "unattended (MEDLEY_ADMIN_EMAIL)");
    state.completed(request.admin().email());
    return Optional.of(created.tenantId());
  }

  /** A fresh setup link's token while Medley is not set up; empty once it is. */
  @Transactional
  Optional<String> newLinkIfNeeded() {
    return setUp() ? Optional.empty() : Optional.of(tokens.issue());
  }

  /** Locks the setup state first: whoever comes second sees the first one's work. */
  private boolean setUp() {
    return state.lockAndReadCompleted() || installation.anyHealthSystemWithAccount();
  }

  private void audit(
      Created created, SetupRequest request, String actor, String actorName, String how) {
    var hours = request.businessHours();
    installation.auditSetup(
        created.tenantId(),
        actor,
        actorName,
        "Set up by "
            + how
            + ": name "
            + request.organization().name().strip()
            + ", time zone "
            + request.organization().timeZone()
            + ", default calendar "
            + (hours == null ? ALWAYS_OPEN : BUSINESS_HOURS + " " + hours.from() + "-" + hours.to())
            + (created.accountId() == null ? "" : ", first administrator " + actor));
  }

  private record Created(long tenantId, long defaultCalendarId, @Nullable Long accountId) {}

  /** Checks every field first (400 naming each), then writes. */
  private Created create(SetupRequest request, @Nullable Long tenantId, boolean withAdmin) {
    List<Problem.FieldError> refusals = SetupForm.refusals(request, withAdmin);
    if (!refusals.isEmpty()) {
      throw Refused.invalid(refusals);
    }
    var organization = request.organization();
    String name = organization.name().strip();
    ZoneId zone = ZoneId.of(organization.timeZone());
    long tenant = installation.createHealthSystem(tenantId, name, zone);
    long alwaysOpen =
        calendars.createCalendar(tenant, CalendarSpec.twentyFourSeven(ALWAYS_OPEN, zone.getId()));
    long defaultCalendar =
        request.businessHours() == null
            ? alwaysOpen
            : calendars.createCalendar(tenant, weekdays(request.businessHours(), zone));
    installation.setDefaultCalendar(tenant, defaultCalendar);
    Long accountId = null;
    if (withAdmin) {
      var admin = request.admin();
      accountId =
          installation.createAccount(
              tenant,
              admin.displayName().strip(),
              admin.email().strip(),
              admin.password(),
              FIRST_ADMIN_ROLES);
    }
    return new Created(tenant, defaultCalendar, accountId);
  }

  private static CalendarSpec weekdays(SetupRequest.BusinessHours hours, ZoneId zone) {
    Map<String, List<IntervalSpec>> week = new LinkedHashMap<>();
    for (DayOfWeek day : EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY)) {
      week.put(day.name(), List.of(new IntervalSpec(hours.from(), hours.to())));
    }
    return new CalendarSpec(BUSINESS_HOURS, zone.getId(), week, List.of());
  }
}
