package org.medley.identity.internal;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.medley.identity.Installation;
import org.medley.identity.OrganizationKind;
import org.medley.identity.Role;
import org.medley.platform.JdbcRows;
import org.medley.platform.Refused;

/** {@link Installation} on identity's tables. */
@Singleton
class StoredInstallation implements Installation {

  private final JdbcOperations jdbc;
  private final OrganizationRepository organizations;
  private final UserAccountRepository accounts;
  private final Clock clock;

  StoredInstallation(
      JdbcOperations jdbc,
      OrganizationRepository organizations,
      UserAccountRepository accounts,
      Clock clock) {
    this.jdbc = jdbc;
    this.organizations = organizations;
    this.accounts = accounts;
    this.clock = clock;
  }

  @Override
  public boolean anyHealthSystemWithAccount() {
    return jdbc.prepareStatement(
        "SELECT 1 FROM organizations o WHERE o.kind = 'HEALTH_SYSTEM'"
            + " AND EXISTS (SELECT 1 FROM user_accounts a WHERE a.tenant_id = o.id) LIMIT 1",
        statement -> {
          try (ResultSet rows = statement.executeQuery()) {
            return rows.next();
          }
        });
  }

  @Override
  public boolean healthSystemExists(long tenantId) {
    return organizations
        .findById(tenantId)
        .filter(o -> o.kind() == OrganizationKind.HEALTH_SYSTEM)
        .isPresent();
  }

  @Override
  public long createHealthSystem(@Nullable Long id, String name, ZoneId zone) {
    if (organizations.existsByName(name)) {
      throw Refused.conflict(
          "organization.name", "An organisation named \"" + name + "\" already exists.");
    }
    if (id != null) {
      if (organizations.existsById(id)) {
        throw Refused.conflict("organization", "Organisation " + id + " already exists.");
      }
      jdbc.prepareStatement(
          "INSERT INTO organizations (id, kind, name, created_at, time_zone) VALUES (?,?,?,?,?)",
          statement -> {
            JdbcRows.bindAll(
                statement, id, OrganizationKind.HEALTH_SYSTEM, name, clock.instant(), zone.getId());
            return statement.executeUpdate();
          });
      return id;
    }
    return JdbcRows.insert(
        jdbc,
        "INSERT INTO organizations (kind, name, created_at, time_zone) VALUES (?,?,?,?)",
        List.of(OrganizationKind.HEALTH_SYSTEM, name, clock.instant(), zone.getId()));
  }

  @Override
  public void setDefaultCalendar(long tenantId, long calendarId) {
    jdbc.prepareStatement(
        "UPDATE organizations SET default_calendar_id = ? WHERE id = ?",
        statement -> {
          JdbcRows.bindAll(statement, calendarId, tenantId);
          return statement.executeUpdate();
        });
  }

  @Override
  public void auditSetup(long tenantId, String actor, String actorName, String detail) {
    jdbc.prepareStatement(
        "INSERT INTO organization_audit (tenant_id, action, actor, actor_name, at, detail)"
            + " VALUES (?, 'SET_UP', ?, ?, ?, ?)",
        statement -> {
          JdbcRows.bindAll(statement, tenantId, actor, actorName, clock.instant(), detail);
          return statement.executeUpdate();
        });
  }

  @Override
  public long createAccount(
      long tenantId, String displayName, String email, String password, Set<Role> roles) {
    if (accounts.findByUsername(email).isPresent()) {
      throw Refused.conflict("admin.email", "An account with this e-mail address exists.");
    }
    UserAccount saved =
        accounts.save(
            new UserAccount(
                null,
                tenantId,
                tenantId,
                email,
                displayName,
                email,
                null,
                Passwords.hash(password),
                roles.stream().map(Role::claim).collect(Collectors.joining(",")),
                true,
                clock.instant(),
                0,
                null,
                null,
                null));
    return saved.id();
  }
}
