package org.medley.insight.internal;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.medley.desk.TicketStatus;
import org.medley.desk.TicketTimelines.Span;

/**
 * Why a timer breached: where its ticket spent the wall-clock time from the timer's start to its
 * deadline. Each stretch has one cause: waiting ({@code PENDING_VENDOR}, {@code PENDING_CUSTOMER},
 * …) whatever group holds the ticket, else the holder's queue — {@code INTERNAL_L1}, {@code
 * PARTNER_L1}, … by who provides the group and its tier, {@code UNASSIGNED} without a group. The
 * dominant cause is the one that took the most time (ties: the first in name order), so "breached
 * while pending vendor" and "breached in the partner's L1 queue" come out apart. Pure.
 */
record BreachCauses(
    Map<String, Long> byStatus, Map<String, Long> byHolder, String cause, long causeMillis) {

  static final String UNASSIGNED = "UNASSIGNED";

  static BreachCauses of(List<Span> spans) {
    Map<String, Long> byStatus = new LinkedHashMap<>();
    Map<String, Long> byHolder = new LinkedHashMap<>();
    Map<String, Long> byCause = new java.util.TreeMap<>();
    for (Span s : spans) {
      long ms = Duration.between(s.from(), s.to()).toMillis();
      byStatus.merge(statusKey(s), ms, Long::sum);
      byHolder.merge(holderKey(s), ms, Long::sum);
      byCause.merge(cause(s), ms, Long::sum);
    }
    String cause = UNASSIGNED;
    long most = -1;
    for (var e : byCause.entrySet()) {
      if (e.getValue() > most) {
        cause = e.getKey();
        most = e.getValue();
      }
    }
    return new BreachCauses(byStatus, byHolder, cause, Math.max(0, most));
  }

  static String statusKey(Span s) {
    return s.status() == TicketStatus.PENDING && s.reason() != null
        ? "PENDING_" + s.reason().name()
        : s.status().name();
  }

  /** {@code 12/0}: group 12 of the hospital's own staff; {@code 14/7}: partner 7's group 14. */
  static String holderKey(Span s) {
    return (s.groupId() == null ? 0 : s.groupId())
        + "/"
        + (s.groupPartnerId() == null ? 0 : s.groupPartnerId());
  }

  static String cause(Span s) {
    if (s.status() == TicketStatus.PENDING) {
      return statusKey(s);
    }
    if (s.groupId() == null) {
      return UNASSIGNED;
    }
    return (s.groupPartnerId() == null ? "INTERNAL_" : "PARTNER_")
        + (s.groupTier() == null ? "GROUP" : s.groupTier().name());
  }

  /** {@code NEW=1000;PENDING_VENDOR=2000}: the stored form of a time breakdown. */
  static <K> String text(Map<K, Long> millis) {
    StringBuilder b = new StringBuilder();
    millis.forEach((k, v) -> b.append(b.isEmpty() ? "" : ";").append(k).append('=').append(v));
    return b.toString();
  }

  static Map<String, Long> parse(String text) {
    Map<String, Long> map = new LinkedHashMap<>();
    if (text == null || text.isBlank()) {
      return map;
    }
    for (String part : text.split(";")) {
      int eq = part.indexOf('=');
      map.put(part.substring(0, eq), Long.parseLong(part.substring(eq + 1)));
    }
    return map;
  }
}
