package org.medley.insight.internal;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.medley.coverage.Tier;
import org.medley.desk.Priority;

/**
 * What one ticket adds to the per-day roll-up: opened (and escalated) on the day it was opened,
 * left on the day it left the open set, resolved with first contact, reopen and rating on the day
 * it was resolved — all under its current priority, tier, first tier, application, group and
 * provider. A change to a ticket takes its old contribution off and puts its new one on, so the
 * roll-up always equals the sum over the facts. Pure.
 */
final class OpsRollup {

  static final int OPENED = 0;
  static final int ESCALATED = 1;
  static final int LEFT = 2;
  static final int RESOLVED = 3;
  static final int FIRST_CONTACT = 4;
  static final int REOPENED = 5;
  static final int RATED = 6;
  static final int RATING_SUM = 7;
  static final int MEASURES = 8;

  /** A roll-up row's key. */
  record Key(
      LocalDate day,
      Priority priority,
      Tier tier,
      Tier firstTier,
      long applicationId,
      long groupId,
      long partnerId) {}

  private OpsRollup() {}

  /** Adds {@code sign} times the fact's contribution to {@code into}. */
  static void add(Map<Key, long[]> into, OpsFact f, int sign) {
    long[] opened = at(into, f, f.openedDay());
    opened[OPENED] += sign;
    opened[ESCALATED] += f.escalated() ? sign : 0;
    if (f.leftDay() != null) {
      at(into, f, f.leftDay())[LEFT] += sign;
    }
    if (f.resolved()) {
      long[] resolved = at(into, f, f.resolvedDay());
      resolved[RESOLVED] += sign;
      resolved[FIRST_CONTACT] += f.firstContact() ? sign : 0;
      resolved[REOPENED] += f.reopens() > 0 ? sign : 0;
      if (f.rating() != null) {
        resolved[RATED] += sign;
        resolved[RATING_SUM] += (long) sign * f.rating();
      }
    }
  }

  /** What changes in the roll-up when {@code before} (null: none) becomes {@code after}. */
  static Map<Key, long[]> delta(OpsFact before, OpsFact after) {
    Map<Key, long[]> delta = new HashMap<>();
    if (before != null) {
      add(delta, before, -1);
    }
    add(delta, after, 1);
    delta.values().removeIf(OpsRollup::zero);
    return delta;
  }

  static boolean zero(long[] measures) {
    for (long m : measures) {
      if (m != 0) {
        return false;
      }
    }
    return true;
  }

  private static long[] at(Map<Key, long[]> into, OpsFact f, LocalDate day) {
    return into.computeIfAbsent(
        new Key(
            day,
            f.priority(),
            f.tier(),
            f.firstTier(),
            f.applicationId(),
            f.groupId(),
            f.partnerId()),
        k -> new long[MEASURES]);
  }
}
