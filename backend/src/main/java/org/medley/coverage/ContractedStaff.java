package org.medley.coverage;

import io.micronaut.core.annotation.Nullable;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * A partner's people joining the hospital's staff for a contract (the marketplace brings them when
 * a proposal is accepted): contracted staff with skills and shifts, who count in the coverage
 * matrix from {@code from} to {@code until} only.
 */
public interface ContractedStaff {

  /** One person: {@code levels} maps application ids to skill levels 1–4. */
  record Person(
      String name,
      String email,
      @Nullable String team,
      ZoneId zone,
      double capacityHours,
      List<Shift> shifts,
      Map<Long, Integer> levels) {}

  /**
   * Adds the people as the partner's contracted staff of the tenant, in order, returning their ids.
   * Someone already on the staff as the partner's (same e-mail) keeps their record and dates and
   * gains the skills named, where higher. Applications the tenant does not have are refused by the
   * caller beforehand.
   *
   * @throws org.medley.platform.Refused (conflict, field {@code people[i].email}) when an e-mail is
   *     on the tenant's staff as someone else's employee
   */
  List<Long> contract(
      long tenantId,
      long partnerId,
      List<Person> people,
      LocalDate from,
      @Nullable LocalDate until);

  /** Those of the e-mail addresses (lower case) on the tenant's staff as another's employee. */
  List<String> taken(long tenantId, long partnerId, Collection<String> emails);
}
