package org.medley.insight.internal;

import java.time.LocalDate;
import org.medley.sla.SettledTimers;
import org.medley.sla.TimerSettled;

/**
 * One cell of {@code insight_sla_days}: absent ids are 0 (group: none; provider: the hospital's own
 * staff; partner: an SLA timer, which has none).
 */
record DayKey(
    long tenantId,
    LocalDate day,
    String kind,
    String target,
    String priority,
    String tier,
    long applicationId,
    long groupId,
    long providerId,
    long partnerId) {

  static DayKey of(TimerSettled t, LocalDate day) {
    return new DayKey(
        t.tenantId(),
        day,
        t.kind().name(),
        t.target().name(),
        t.priority().name(),
        t.tier().name(),
        t.applicationId(),
        zero(t.groupId()),
        zero(t.groupPartnerId()),
        zero(t.partnerId()));
  }

  static DayKey of(long tenantId, SettledTimers.DayCount c) {
    return new DayKey(
        tenantId,
        c.day(),
        c.kind().name(),
        c.target().name(),
        c.priority().name(),
        c.tier().name(),
        c.applicationId(),
        zero(c.groupId()),
        zero(c.groupPartnerId()),
        zero(c.partnerId()));
  }

  static long zero(Long id) {
    return id == null ? 0 : id;
  }
}
