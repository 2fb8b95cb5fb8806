package org.medley.identity;

import io.micronaut.core.annotation.Nullable;
import java.time.ZoneId;
import java.util.Set;

/**
 * What the one-time setup of an empty Medley writes into identity's records: the health system (the
 * tenant), its default calendar's id, and its first administrator. Callers run these inside their
 * own transaction, so a setup that fails half-way leaves nothing behind.
 */
public interface Installation {

  /** Whether some health system has an account: Medley was set up (or seeded with the demo). */
  boolean anyHealthSystemWithAccount();

  /** Whether this tenant's health-system organisation exists. */
  boolean healthSystemExists(long tenantId);

  /**
   * A new {@code HEALTH_SYSTEM} organisation, its own tenant; with {@code id} when an external
   * issuer already names the tenant, otherwise numbered by the database. Refused (409, field {@code
   * organization.name}) when an organisation of that name exists.
   */
  long createHealthSystem(@Nullable Long id, String name, ZoneId zone);

  /** Records the calendar the health system's work runs on unless something names another. */
  void setDefaultCalendar(long tenantId, long calendarId);

  /** Writes the setup into the organisation's audit trail: who, when, what was set up. */
  void auditSetup(long tenantId, String actor, String actorName, String detail);

  /**
   * A local account of the built-in issuer in the health system, signing in with its e-mail address
   * as username. The password must already have passed {@link PasswordPolicy}.
   */
  long createAccount(
      long tenantId, String displayName, String email, String password, Set<Role> roles);
}
