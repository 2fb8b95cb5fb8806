package org.medley.coverage;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Who people are and what they can do, as the desk's routing needs it. */
public interface StaffDirectory {

  /** A staff member who can sign in: the account they work under, in their tenant. */
  record StaffAccount(long staffId, long tenantId, long accountId) {}

  /** Those of the given people who have an account, whatever their tenant. */
  List<StaffAccount> accountsOf(Collection<Long> staffIds);

  /** The staff member a signed-in account works as, if any. */
  Optional<Long> staffIdOf(long tenantId, long userAccountId);

  /** Skill level 0–4 on the application for each of the given people (absent: 0). */
  Map<Long, Integer> skillLevels(long tenantId, long applicationId, Collection<Long> staffIds);

  /** Those of the given people whose shift covers the instant. */
  Set<Long> onShift(long tenantId, Collection<Long> staffIds, Instant at);

  /** Weekly capacity in hours per person. */
  Map<Long, Double> weeklyCapacityHours(long tenantId, Collection<Long> staffIds);

  /**
   * The organisation employing each of the given people who is staff of the tenant (the tenant
   * itself for its own employees, a partner for contracted staff); others are left out.
   */
  Map<Long, Long> employers(long tenantId, Collection<Long> staffIds);
}
