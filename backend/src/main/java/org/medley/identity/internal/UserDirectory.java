package org.medley.identity.internal;

import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.exceptions.HttpStatusException;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.transaction.annotation.ReadOnly;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.medley.identity.Caller;
import org.medley.identity.Me;
import org.medley.identity.OrganizationKind;
import org.medley.identity.Partners;
import org.medley.identity.PasswordPolicy;
import org.medley.identity.Role;
import org.medley.outbox.Outbox;
import org.medley.platform.JdbcRows;
import org.medley.platform.Refused;
import org.medley.platform.SqlLike;

/**
 * The hospital's user accounts as its admins manage them on the built-in issuer: list, change,
 * disable, invite, send a set-password link. Every change is written to {@code user_audit}. With
 * Keycloak the list is read-only (rows exist for whoever has signed in) and every change is
 * refused: Keycloak is where those users live.
 */
@Singleton
class UserDirectory {

  /** Where users are managed: the answer the Users screen shows. */
  enum ManagedIn {
    MEDLEY,
    KEYCLOAK
  }

  @Serdeable
  record User(
      long id,
      String username,
      String displayName,
      @Nullable String email,
      @Nullable String jobTitle,
      @Nullable String department,
      @Nullable String location,
      List<String> roles,
      Me.OrganizationRef organization,
      boolean enabled,
      /* False while an invited person has not set a password yet. */
      boolean passwordSet,
      @Nullable Instant lastSignInAt,
      long version) {}

  @Serdeable
  record UserPage(List<User> items, int page, int size, long total, ManagedIn managedIn) {}

  record Filter(
      @Nullable String q,
      @Nullable String role,
      @Nullable Long organizationId,
      @Nullable Boolean enabled) {}

  /** What an admin may change about a person; {@code version} as last read. */
  record Change(
      String displayName,
      @Nullable String email,
      @Nullable String jobTitle,
      @Nullable String department,
      @Nullable String location,
      List<String> roles,
      long organizationId,
      long version) {}

  record Invitation(
      String email,
      String displayName,
      List<String> roles,
      @Nullable Long organizationId,
      @Nullable String jobTitle,
      @Nullable String department,
      @Nullable String location) {}

  /**
   * A link was made: mailed to the person ({@code emailed}), or handed to the admin to pass on
   * ({@code link}, shown once; only its hash is kept).
   */
  @Serdeable
  record LinkSent(boolean emailed, @Nullable String link, Instant expiresAt) {}

  @Serdeable
  record Invited(User user, LinkSent invitation) {}

  static final String MAIL_EVENT = "user.password-link";

  private static final String COLUMNS =
      "a.id, a.username, a.display_name, a.email, a.job_title, a.department, a.location, a.roles,"
          + " a.enabled, a.password_hash IS NOT NULL AS password_set, a.last_sign_in_at, a.version,"
          + " o.id AS org_id, o.name AS org_name, o.kind AS org_kind"
          + " FROM user_accounts a JOIN organizations o ON o.id = a.organization_id";

  /** Matches an account whose roles (stored comma-separated) include the bound role. */
  private static final String HAS_ROLE = "CONCAT(',', REPLACE(a.roles, ' ', ''), ',') LIKE ?";

  private final JdbcOperations jdbc;
  private final OrganizationRepository organizations;
  private final Partners partners;
  private final PasswordLinks links;
  private final DisabledAccounts disabled;
  private final Outbox outbox;
  private final Clock clock;
  private final ManagedIn managedIn;
  private final boolean mailEnabled;

  UserDirectory(
      JdbcOperations jdbc,
      OrganizationRepository organizations,
      Partners partners,
      PasswordLinks links,
      DisabledAccounts disabled,
      Outbox outbox,
      Clock clock,
      @Nullable @Value("${medley.oidc.issuer:}") String issuer,
      @Value("${medley.mail.enabled:false}") boolean mailEnabled) {
    this.jdbc = jdbc;
    this.organizations = organizations;
    this.partners = partners;
    this.links = links;
    this.disabled = disabled;
    this.outbox = outbox;
    this.clock = clock;
    this.managedIn = issuer == null || issuer.isBlank() ? ManagedIn.MEDLEY : ManagedIn.KEYCLOAK;
    this.mailEnabled = mailEnabled;
  }

  ManagedIn managedIn() {
    return managedIn;
  }

  @ReadOnly
  UserPage list(long tenantId, Filter filter, int page, int size) {
    List<Object> parameters = new ArrayList<>(List.of(tenantId));
    StringBuilder where = new StringBuilder(" WHERE a.tenant_id = ?");
    if (filter.q() != null && !filter.q().isBlank()) {
      where.append(
          " AND (LOWER(a.display_name) LIKE ?"
              + SqlLike.ESCAPE
              + " OR LOWER(a.email) LIKE ?"
              + SqlLike.ESCAPE
              + " OR LOWER(a.username) LIKE ?"
              + SqlLike.ESCAPE
              + ")");
      String pattern = SqlLike.contains(filter.q().strip());
      parameters.addAll(List.of(pattern, pattern, pattern));
    }
    if (filter.role() != null) {
      where.append(" AND ").append(HAS_ROLE);
      parameters.add("%," + filter.role() + ",%");
    }
    if (filter.organizationId() != null) {
      where.append(" AND a.organization_id = ?");
      parameters.add(filter.organizationId());
    }
    if (filter.enabled() != null) {
      where.append(" AND a.enabled = ?");
      parameters.add(filter.enabled());
    }
    long total =
        jdbc.prepareStatement(
            "SELECT COUNT(*) FROM user_accounts a" + where,
            statement -> {
              JdbcRows.bindAll(statement, parameters);
              try (ResultSet rows = statement.executeQuery()) {
                rows.next();
                return rows.getLong(1);
              }
            });
    List<Object> paged = new ArrayList<>(parameters);
    paged.add(size);
    paged.add((long) page * size);
    List<User> items =
        jdbc.prepareStatement(
            "SELECT " + COLUMNS + where + " ORDER BY a.display_name, a.id LIMIT ? OFFSET ?",
            statement -> {
              JdbcRows.bindAll(statement, paged);
              return users(statement.executeQuery());
            });
    return new UserPage(items, page, size, total, managedIn);
  }

  @ReadOnly
  List<Me.OrganizationRef> organizations(long tenantId) {
    List<Me.OrganizationRef> choices = new ArrayList<>();
    organizations
        .findById(tenantId)
        .ifPresent(h -> choices.add(new Me.OrganizationRef(h.id(), h.name(), h.kind())));
    partners
        .of(tenantId)
        .forEach(
            p -> choices.add(new Me.OrganizationRef(p.id(), p.name(), OrganizationKind.PARTNER)));
    return choices;
  }

  @ReadOnly
  User get(long tenantId, long id) {
    return find(tenantId, id, false);
  }

  @Transactional
  User change(Caller actor, long actorId, long id, Change change) {
    writable();
    User before = find(actor.tenantId(), id, true);
    if (before.version() != change.version()) {
      throw Refused.conflict(
          "version", "someone else changed this person meanwhile; reload and try again");
    }
    Me.OrganizationRef organization = organization(actor.tenantId(), change.organizationId());
    Set<Role> roles = roles(change.roles(), organization);
    String email = email(change.email(), id);
    keepAnAdmin(actor, actorId, before, before.enabled() && roles.contains(Role.ADMIN), "roles");
    String roleClaims = claims(roles);
    jdbc.prepareStatement(
        "UPDATE user_accounts SET display_name = ?, email = ?, job_title = ?, department = ?,"
            + " location = ?, roles = ?, organization_id = ?, version = version + 1"
            + " WHERE id = ? AND version = ?",
        statement -> {
          JdbcRows.bindAll(
              statement,
              change.displayName().strip(),
              email,
              blankToNull(change.jobTitle()),
              blankToNull(change.department()),
              blankToNull(change.location()),
              roleClaims,
              organization.id(),
              id,
              change.version());
          return statement.executeUpdate();
        });
    User after = find(actor.tenantId(), id, false);
    String detail = differences(before, after);
    if (!detail.isEmpty()) {
      audit(actor, id, "CHANGED", detail);
    }
    return after;
  }

  @Transactional
  User setEnabled(Caller actor, long actorId, long id, boolean enabled) {
    writable();
    User before = find(actor.tenantId(), id, true);
    if (before.enabled() == enabled) {
      return before;
    }
    if (!enabled) {
      keepAnAdmin(actor, actorId, before, false, "enabled");
      links.endAll(id);
    }
    jdbc.prepareStatement(
        "UPDATE user_accounts SET enabled = ?, version = version + 1 WHERE id = ?",
        statement -> {
          JdbcRows.bindAll(statement, enabled, id);
          return statement.executeUpdate();
        });
    audit(actor, id, enabled ? "ENABLED" : "DISABLED", null);
    disabled.changed(before.username(), !enabled);
    return find(actor.tenantId(), id, false);
  }

  @Transactional
  Invited invite(Caller actor, Invitation invitation) {
    writable();
    long organizationId =
        invitation.organizationId() == null ? actor.tenantId() : invitation.organizationId();
    Me.OrganizationRef organization = organization(actor.tenantId(), organizationId);
    Set<Role> roles = roles(invitation.roles(), organization);
    String email = email(invitation.email(), null);
    if (email == null) {
      throw Refused.invalid("email", "an e-mail address");
    }
    if (jdbc.prepareStatement(
        "SELECT COUNT(*) FROM user_accounts WHERE username = ?",
        statement -> {
          statement.setString(1, email);
          try (ResultSet rows = statement.executeQuery()) {
            rows.next();
            return rows.getLong(1) > 0;
          }
        })) {
      throw Refused.conflict("email", "an account already signs in as " + email);
    }
    long id =
        JdbcRows.insert(
            jdbc,
            "INSERT INTO user_accounts (organization_id, tenant_id, username, display_name, email,"
                + " job_title, department, location, roles, enabled, created_at)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, TRUE, ?)",
            Arrays.asList(
                organization.id(),
                actor.tenantId(),
                email,
                invitation.displayName().strip(),
                email,
                blankToNull(invitation.jobTitle()),
                blankToNull(invitation.department()),
                blankToNull(invitation.location()),
                claims(roles),
                clock.instant()));
    User user = find(actor.tenantId(), id, false);
    audit(
        actor,
        id,
        "INVITED",
        "roles: " + String.join(", ", user.roles()) + "; organisation: " + organization.name());
    return new Invited(user, send(actor.tenantId(), user, PasswordLinks.Purpose.INVITATION));
  }

  @Transactional
  LinkSent resetPassword(Caller actor, long id) {
    writable();
    User user = find(actor.tenantId(), id, true);
    if (!user.enabled()) {
      throw Refused.conflict("enabled", "this account is disabled; enable it first");
    }
    audit(actor, id, "PASSWORD_LINK", "a set-password link was made");
    return send(actor.tenantId(), user, PasswordLinks.Purpose.RESET);
  }

  /** Who a usable link is for, as the set-password screen greets them. */
  @Serdeable
  record LinkHolder(
      String displayName,
      @Nullable String email,
      String username,
      String organizationName,
      PasswordLinks.Purpose purpose,
      Instant expiresAt,
      int minLength) {}

  @ReadOnly
  LinkHolder holder(String token) {
    PasswordLinks.Usable link = links.usable(token);
    User user = linkedUser(link);
    return new LinkHolder(
        user.displayName(),
        user.email(),
        user.username(),
        user.organization().name(),
        link.purpose(),
        link.expiresAt(),
        PasswordPolicy.MIN_LENGTH);
  }

  @Serdeable
  record PasswordSet(String username, @Nullable String email) {}

  @Transactional
  PasswordSet setPassword(String token, String password) {
    PasswordLinks.Usable link = links.usable(token);
    User user = linkedUser(link);
    PasswordPolicy.refusal(
            password,
            Arrays.asList(
                user.displayName(), user.email(), user.username(), user.organization().name()))
        .ifPresent(
            why -> {
              throw Refused.invalid("password", why);
            });
    jdbc.prepareStatement(
        "UPDATE user_accounts SET password_hash = ?, failed_logins = 0, locked_until = NULL,"
            + " version = version + 1 WHERE id = ?",
        statement -> {
          JdbcRows.bindAll(statement, Passwords.hash(password), user.id());
          return statement.executeUpdate();
        });
    links.endAll(user.id());
    audit(
        link.tenantId(),
        user.id(),
        user.username(),
        user.displayName(),
        "PASSWORD_SET",
        link.purpose() == PasswordLinks.Purpose.INVITATION
            ? "set a password from an invitation"
            : "set a new password from a reset link");
    return new PasswordSet(user.username(), user.email());
  }

  private User linkedUser(PasswordLinks.Usable link) {
    User user = find(link.tenantId(), link.userId(), false);
    if (!user.enabled()) {
      throw Refused.gone("token", "this account is disabled; ask your administrator");
    }
    return user;
  }

  private LinkSent send(long tenantId, User user, PasswordLinks.Purpose purpose) {
    PasswordLinks.Issued issued = links.issue(tenantId, user.id(), purpose);
    if (mailEnabled && user.email() != null) {
      outbox.append(
          tenantId,
          "user",
          user.id(),
          MAIL_EVENT,
          new PasswordLinkMail.Notice(user.id(), purpose, issued.link(), issued.expiresAt()));
      return new LinkSent(true, null, issued.expiresAt());
    }
    return new LinkSent(false, issued.link(), issued.expiresAt());
  }

  private void writable() {
    if (managedIn == ManagedIn.KEYCLOAK) {
      throw Refused.conflict(
          "Users are managed in Keycloak: invite, change and disable them there.");
    }
  }

  /**
   * The account in this tenant, 404 otherwise (another tenant's id reads like no id at all); locked
   * for the rest of the transaction when about to change.
   */
  private User find(long tenantId, long id, boolean forUpdate) {
    List<User> found =
        jdbc.prepareStatement(
            "SELECT "
                + COLUMNS
                + " WHERE a.tenant_id = ? AND a.id = ?"
                + (forUpdate ? " FOR UPDATE" : ""),
            statement -> {
              JdbcRows.bindAll(statement, tenantId, id);
              return users(statement.executeQuery());
            });
    if (found.isEmpty()) {
      throw new HttpStatusException(HttpStatus.NOT_FOUND, "No such user.");
    }
    return found.get(0);
  }

  /** The hospital itself or one of its partners; any other organisation reads as unknown (404). */
  private Me.OrganizationRef organization(long tenantId, long organizationId) {
    if (organizationId != tenantId && !partners.worksFor(tenantId, organizationId)) {
      throw Refused.notFound(
          "organizationId", "No such organisation among the hospital and its partners.");
    }
    Organization found =
        organizations
            .findById(organizationId)
            .orElseThrow(() -> Refused.notFound("organizationId", "No such organisation."));
    return new Me.OrganizationRef(found.id(), found.name(), found.kind());
  }

  private static Set<Role> roles(Collection<String> claims, Me.OrganizationRef organization) {
    Set<Role> roles;
    try {
      roles = RoleAssignment.parse(claims);
    } catch (IllegalArgumentException unknown) {
      throw Refused.invalid("roles", unknown.getMessage());
    }
    RoleAssignment.refusal(roles, organization.kind() == OrganizationKind.PARTNER)
        .ifPresent(
            why -> {
              throw Refused.invalid("roles", why);
            });
    return roles;
  }

  /** The address in lower case, unless another account has it (409 naming {@code email}). */
  private @Nullable String email(@Nullable String given, @Nullable Long self) {
    String email = blankToNull(given);
    if (email == null) {
      return null;
    }
    String normalized = email.toLowerCase(Locale.ROOT);
    boolean taken =
        jdbc.prepareStatement(
            "SELECT COUNT(*) FROM user_accounts WHERE LOWER(email) = ? AND id <> ?",
            statement -> {
              JdbcRows.bindAll(statement, normalized, self == null ? -1L : self);
              try (ResultSet rows = statement.executeQuery()) {
                rows.next();
                return rows.getLong(1) > 0;
              }
            });
    if (taken) {
      throw Refused.conflict("email", "another account already has the address " + normalized);
    }
    return normalized;
  }

  /** {@link AdminContinuity}, with the tenant's admins counted under a lock on the hospital row. */
  private void keepAnAdmin(
      Caller actor, long actorId, User before, boolean adminAfter, String field) {
    boolean adminBefore = before.enabled() && before.roles().contains(Role.ADMIN.claim());
    if (!adminBefore || adminAfter) {
      return;
    }
    // Two admins demoting each other at once must not both succeed: count under one lock.
    jdbc.prepareStatement(
        "SELECT id FROM organizations WHERE id = ? FOR UPDATE",
        statement -> {
          statement.setLong(1, actor.tenantId());
          statement.executeQuery().close();
          return null;
        });
    long others =
        jdbc.prepareStatement(
            "SELECT COUNT(*) FROM user_accounts a WHERE a.tenant_id = ? AND a.enabled AND a.id <> ?"
                + " AND "
                + HAS_ROLE,
            statement -> {
              JdbcRows.bindAll(statement, actor.tenantId(), before.id(), "%,admin,%");
              try (ResultSet rows = statement.executeQuery()) {
                rows.next();
                return rows.getLong(1);
              }
            });
    AdminContinuity.refusal(before.id() == actorId, true, false, others)
        .ifPresent(
            refusal -> {
              throw refusal.self()
                  ? Refused.forbidden(field, refusal.message())
                  : Refused.conflict(field, refusal.message());
            });
  }

  private void audit(Caller actor, long userId, String action, @Nullable String detail) {
    audit(actor.tenantId(), userId, actor.username(), actor.displayName(), action, detail);
  }

  private void audit(
      long tenantId,
      long userId,
      String actor,
      String actorName,
      String action,
      @Nullable String detail) {
    JdbcRows.insert(
        jdbc,
        "INSERT INTO user_audit (tenant_id, user_id, action, actor, actor_name, at, detail)"
            + " VALUES (?, ?, ?, ?, ?, ?, ?)",
        Arrays.asList(tenantId, userId, action, actor, actorName, clock.instant(), detail));
  }

  /** "roles: agent → agent, admin; department: — → Radiology": what the audit row records. */
  static String differences(User before, User after) {
    List<String> changed = new ArrayList<>();
    difference(changed, "displayName", before.displayName(), after.displayName());
    difference(changed, "email", before.email(), after.email());
    difference(changed, "jobTitle", before.jobTitle(), after.jobTitle());
    difference(changed, "department", before.department(), after.department());
    difference(changed, "location", before.location(), after.location());
    difference(
        changed, "roles", String.join(", ", before.roles()), String.join(", ", after.roles()));
    difference(changed, "organisation", before.organization().name(), after.organization().name());
    return String.join("; ", changed);
  }

  private static void difference(
      List<String> changed, String field, @Nullable String before, @Nullable String after) {
    if (!Objects.equals(before, after)) {
      changed.add(
          field + ": " + (before == null ? "—" : before) + " → " + (after == null ? "—" : after));
    }
  }

  private static String claims(Set<Role> roles) {
    return roles.stream().map(Role::claim).collect(Collectors.joining(","));
  }

  private static @Nullable String blankToNull(@Nullable String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }

  private static List<User> users(ResultSet rows) throws SQLException {
    try (rows) {
      List<User> users = new ArrayList<>();
      while (rows.next()) {
        users.add(
            new User(
                rows.getLong("id"),
                rows.getString("username"),
                rows.getString("display_name"),
                rows.getString("email"),
                rows.getString("job_title"),
                rows.getString("department"),
                rows.getString("location"),
                Arrays.stream(rows.getString("roles").split(","))
                    .map(String::strip)
                    .filter(r -> !r.isEmpty())
                    .sorted()
                    .toList(),
                new Me.OrganizationRef(
                    rows.getLong("org_id"),
                    rows.getString("org_name"),
                    OrganizationKind.valueOf(rows.getString("org_kind"))),
                rows.getBoolean("enabled"),
                rows.getBoolean("password_set"),
                JdbcRows.instant(rows, "last_sign_in_at"),
                rows.getLong("version")));
      }
      return users;
    }
  }
}
