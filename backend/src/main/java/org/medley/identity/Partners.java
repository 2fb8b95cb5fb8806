package org.medley.identity;

import java.util.List;
import java.util.Set;

/**
 * "The partners of this hospital", the one definition every feature uses (engagement choices and
 * checks, business associate agreements).
 *
 * <p>A partner of a tenant is an organisation of kind {@code PARTNER} that works for that tenant:
 * it has user accounts or a business associate agreement there (identity's own rows), or a support
 * group, contracted staff or an engagement there (rows of desk, coverage and market, which each
 * tell through a {@link Ties} bean, since identity sits below them). Organisations are shared by
 * every health system on a Medley install, so a partner that only another tenant works with is not
 * one of them, and reads exactly like one that does not exist.
 */
public interface Partners {

  record Partner(long id, String name) {}

  /** The tenant's partners, by name. */
  List<Partner> of(long tenantId);

  /** Whether the organisation is one of the tenant's partners. */
  boolean worksFor(long tenantId, long organizationId);

  /**
   * The vendors (organisations of kind {@code VENDOR}) the tenant works with, by name: those a
   * feature's rows tie to it (the vendor directory), or with a business associate agreement there.
   */
  List<Partner> vendorsOf(long tenantId);

  /** A feature whose own rows tie organisations to tenants. */
  interface Ties {

    /** The organisations this feature's rows tie to the tenant (of any kind: callers filter). */
    Set<Long> organizationIds(long tenantId);
  }
}
