package org.medley.identity;

import io.micronaut.core.annotation.Nullable;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/** Medley's own record of a signed-in person, whichever issuer signed the token. */
public interface Accounts {

  /**
   * The id of the caller's user account in its tenant. An external issuer's users get one on their
   * first call, so tickets and audit rows can point at them.
   */
  long accountId(Caller caller);

  /** A user account as other features show it. */
  record Person(
      long id,
      String name,
      @Nullable String jobTitle,
      @Nullable String email,
      long organizationId) {}

  /** The tenant's accounts among {@code ids}, by id; others' and unknown ids are left out. */
  Map<Long, Person> people(long tenantId, Collection<Long> ids);

  /**
   * The tenant's enabled accounts employed by partner organisations (by one partner when {@code
   * partnerId} is given), by name.
   */
  List<Person> partnerPeople(long tenantId, @Nullable Long partnerId);
}
