package org.medley.desk.internal;

import static org.medley.platform.JdbcRows.instant;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.ReadOnly;
import jakarta.inject.Singleton;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.medley.coverage.Tier;
import org.medley.desk.PendingReason;
import org.medley.desk.TicketStatus;
import org.medley.desk.TicketTimelines;
import org.medley.platform.JdbcRows;
import org.medley.platform.SqlRows;

/**
 * {@link TicketTimelines} replayed from {@code ticket_audit}: the status, pending-reason and group
 * changes (on {@code ix_audit_ticket}), starting from the values before the first change of each
 * (or the ticket's current ones when a field never changed), 200 tickets per query. Audit lines
 * name groups as they were called then ({@link AuditNames}): a name is matched to today's groups,
 * so a group renamed since reads as no group (ids in older lines are taken as ids).
 */
@Singleton
class StoredTicketTimelines implements TicketTimelines {

  private final JdbcOperations jdbc;

  StoredTicketTimelines(JdbcOperations jdbc) {
    this.jdbc = jdbc;
  }

  private record Current(
      TicketStatus status, PendingReason reason, Long groupId, Instant created) {}

  /** A change of one field at an instant. */
  record Change(long ticketId, Instant at, String field, String oldValue, String newValue) {}

  private record Group(Long partnerId, Tier tier) {}

  /** The tenant's groups by id, and their ids by name. */
  private record Groups(Map<Long, Group> byId, Map<String, Long> byName) {
    Group get(Long id) {
      return byId.get(id);
    }

    Long id(String text) {
      if (text == null) {
        return null;
      }
      Long named = byName.get(text);
      if (named != null) {
        return named;
      }
      try {
        long id = Long.parseLong(text);
        return byId.containsKey(id) ? id : null;
      } catch (NumberFormatException e) {
        return null;
      }
    }
  }

  @Override
  public Map<Window, List<Span>> spans(long tenantId, Collection<Window> windows) {
    Map<Window, List<Span>> result = new LinkedHashMap<>();
    if (windows.isEmpty()) {
      return result;
    }
    Groups groups = groups(tenantId);
    List<Long> ids =
        new ArrayList<>(new TreeSet<>(windows.stream().map(Window::ticketId).toList()));
    Map<Long, Current> current = new HashMap<>();
    Map<Long, List<Change>> changes = new HashMap<>();
    for (List<Long> run : SqlRows.runs(ids)) {
      String in = JdbcRows.marks(run.size());
      jdbc.prepareStatement(
          "SELECT id, status, pending_reason, group_id, created_at FROM tickets"
              + " WHERE tenant_id = ? AND id IN ("
              + in
              + ")",
          s -> {
            s.setLong(1, tenantId);
            for (int i = 0; i < run.size(); i++) {
              s.setLong(i + 2, run.get(i));
            }
            try (ResultSet rs = s.executeQuery()) {
              while (rs.next()) {
                current.put(
                    rs.getLong(1),
                    new Current(
                        TicketStatus.valueOf(rs.getString(2)),
                        JdbcRows.enumOf(PendingReason.class, rs.getString(3)),
                        JdbcRows.nullableLong(rs, 4),
                        instant(rs, 5)));
              }
            }
            return null;
          });
      jdbc.prepareStatement(
          "SELECT ticket_id, at, field, old_value, new_value FROM ticket_audit WHERE ticket_id IN ("
              + in
              + ") AND field IN ('status', 'pendingReason', 'group') ORDER BY ticket_id, at, id",
          s -> {
            for (int i = 0; i < run.size(); i++) {
              s.setLong(i + 1, run.get(i));
            }
            try (ResultSet rs = s.executeQuery()) {
              while (rs.next()) {
                changes
                    .computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
                    .add(
                        new Change(
                            rs.getLong(1),
                            instant(rs, 2),
                            rs.getString(3),
                            rs.getString(4),
                            rs.getString(5)));
              }
            }
            return null;
          });
    }
    for (Window w : windows) {
      Current now = current.get(w.ticketId());
      if (now != null) {
        result.put(w, replay(now, changes.getOrDefault(w.ticketId(), List.of()), w, groups));
      }
    }
    return result;
  }

  private static List<Span> replay(Current now, List<Change> changes, Window w, Groups groups) {
    // The values the ticket was opened with: before each field's first change, else today's.
    TicketStatus status = now.status();
    PendingReason reason = now.reason();
    Long group = now.groupId();
    Set<String> seen = new java.util.HashSet<>();
    for (Change c : changes) {
      if (seen.add(c.field())) {
        switch (c.field()) {
          case "status" -> status = status(c.oldValue(), status);
          case "pendingReason" -> reason = JdbcRows.enumOf(PendingReason.class, c.oldValue());
          default -> group = groups.id(c.oldValue());
        }
      }
    }
    List<Span> spans = new ArrayList<>();
    Instant from = now.created();
    for (Change c : changes) {
      if (c.at().isAfter(from)) {
        add(spans, from, c.at(), status, reason, group, w, groups);
        from = c.at();
      }
      switch (c.field()) {
        case "status" -> status = status(c.newValue(), status);
        case "pendingReason" -> reason = JdbcRows.enumOf(PendingReason.class, c.newValue());
        default -> group = groups.id(c.newValue());
      }
    }
    add(spans, from, w.to(), status, reason, group, w, groups);
    return spans;
  }

  private static void add(
      List<Span> spans,
      Instant from,
      Instant to,
      TicketStatus status,
      PendingReason reason,
      Long group,
      Window w,
      Groups groups) {
    Instant a = from.isBefore(w.from()) ? w.from() : from;
    Instant b = to.isAfter(w.to()) ? w.to() : to;
    if (!b.isAfter(a)) {
      return;
    }
    Group g = group == null ? null : groups.get(group);
    spans.add(
        new Span(
            a,
            b,
            status,
            status == TicketStatus.PENDING ? reason : null,
            group,
            g == null ? null : g.partnerId(),
            g == null ? null : g.tier()));
  }

  private static TicketStatus status(String text, TicketStatus otherwise) {
    TicketStatus s = JdbcRows.enumOf(TicketStatus.class, text);
    return s == null ? otherwise : s;
  }

  private Groups groups(long tenantId) {
    return jdbc.prepareStatement(
        "SELECT id, partner_id, tier, name FROM support_groups WHERE tenant_id = ?",
        s -> {
          s.setLong(1, tenantId);
          Map<Long, Group> map = new HashMap<>();
          Map<String, Long> names = new HashMap<>();
          try (ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
              map.put(
                  rs.getLong(1),
                  new Group(
                      JdbcRows.nullableLong(rs, 2), JdbcRows.enumOf(Tier.class, rs.getString(3))));
              names.put(rs.getString(4), rs.getLong(1));
            }
          }
          return new Groups(map, names);
        });
  }

  @Override
  @ReadOnly
  public Map<Long, String> titles(long tenantId, Collection<Long> ticketIds) {
    Map<Long, String> titles = new HashMap<>();
    for (List<Long> run : SqlRows.runs(new ArrayList<>(new TreeSet<>(ticketIds)))) {
      jdbc.prepareStatement(
          "SELECT id, title FROM tickets WHERE NOT phi AND tenant_id = ? AND id IN ("
              + JdbcRows.marks(run.size())
              + ")",
          s -> {
            s.setLong(1, tenantId);
            for (int i = 0; i < run.size(); i++) {
              s.setLong(i + 2, run.get(i));
            }
            try (ResultSet rs = s.executeQuery()) {
              while (rs.next()) {
                titles.put(rs.getLong(1), rs.getString(2));
              }
            }
            return null;
          });
    }
    return titles;
  }
}
