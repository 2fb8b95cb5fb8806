package org.medley.insight.internal;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.transaction.TransactionOperations;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.medley.coverage.Catalog;
import org.medley.desk.SupportGroupNames;
import org.medley.desk.TicketTimelines;
import org.medley.identity.Hospitals;
import org.medley.identity.OrganizationKind;
import org.medley.identity.OrganizationNames;
import org.medley.platform.JdbcRows;
import org.medley.platform.Refused;
import org.medley.sla.SettledTimers;
import org.medley.sla.TimerSettled;

/**
 * SLA performance answered from insight's read models: compliance per period and dimension from
 * {@code insight_sla_days}, breaches and their causes from {@code insight_sla_breaches}, and the
 * timers behind a figure through sla's {@link SettledTimers}. Days are the hospital's local days.
 */
@Singleton
class SlaInsights {

  private final TransactionOperations<Connection> tx;
  private final Hospitals hospitals;
  private final Catalog catalog;
  private final SupportGroupNames groups;
  private final OrganizationNames organizations;
  private final TicketTimelines tickets;
  private final SettledTimers timers;

  SlaInsights(
      TransactionOperations<Connection> tx,
      Hospitals hospitals,
      Catalog catalog,
      SupportGroupNames groups,
      OrganizationNames organizations,
      TicketTimelines tickets,
      SettledTimers timers) {
    this.tx = tx;
    this.hospitals = hospitals;
    this.catalog = catalog;
    this.groups = groups;
    this.organizations = organizations;
    this.tickets = tickets;
    this.timers = timers;
  }

  /** What figures can be grouped by, and the column of the roll-up that holds it. */
  enum Dimension {
    PRIORITY("priority"),
    TIER("tier"),
    APPLICATION("application_id"),
    GROUP("group_id"),
    /** Who provides the group that held the ticket: INTERNAL, or each partner. */
    PROVIDER("provider_id"),
    /** The partner whose OLA it is (OLA timers). */
    PARTNER("partner_id"),
    KIND("kind"),
    TARGET("target");

    final String column;

    Dimension(String column) {
      this.column = column;
    }
  }

  @Serdeable
  @Schema(description = "Finished timers and the share met; percentMet is absent when total is 0")
  record Figures(long met, long breached, long total, @Nullable Double percentMet) {
    static Figures of(long met, long breached) {
      long total = met + breached;
      return new Figures(
          met, breached, total, total == 0 ? null : Math.round(met * 1000.0 / total) / 10.0);
    }
  }

  @Serdeable
  @Schema(description = "One day, week (from Monday) or month of local days")
  record PeriodFigures(
      @Schema(description = "The period's first local day") LocalDate start,
      long met,
      long breached,
      long total,
      @Nullable Double percentMet) {}

  @Serdeable
  @Schema(
      description =
          "One value of the dimension: key (a name, an id, INTERNAL, or 0 for none), its display"
              + " name, its figures over the whole range and per period (empty periods left out)")
  record Group(String key, String label, Figures overall, List<PeriodFigures> periods) {}

  @Serdeable
  @Schema(description = "Compliance of timers that finished on the local days [from, to)")
  record Performance(
      LocalDate from,
      LocalDate to,
      String zone,
      InsightQuery.Period period,
      String groupBy,
      @Nullable TimerSettled.Kind kind,
      @Nullable TimerSettled.Target target,
      Figures overall,
      List<PeriodFigures> periods,
      List<Group> groups) {}

  Performance performance(
      long tenant, InsightQuery q, InsightQuery.Period period, Dimension groupBy) {
    checkIds(tenant, q);
    List<LocalDate> starts = period.starts(q.from(), q.to());
    Map<LocalDate, Integer> index = new HashMap<>();
    for (int i = 0; i < starts.size(); i++) {
      index.put(starts.get(i), i);
    }
    Map<String, long[][]> counts = new LinkedHashMap<>();
    List<Object> args = new ArrayList<>();
    String sql = performanceSql(tenant, q, period, groupBy, args);
    tx.executeRead(
        status -> {
          try (var s = status.getConnection().prepareStatement(sql)) {
            JdbcRows.bindAll(s, args);
            try (ResultSet rs = s.executeQuery()) {
              while (rs.next()) {
                int bucket = index.get(period.startOf(rs.getDate(2).toLocalDate()));
                long[] cell =
                    counts
                        .computeIfAbsent(rs.getString(1), k -> new long[starts.size()][2])[bucket];
                cell[0] += rs.getLong(3);
                cell[1] += rs.getLong(4);
              }
            }
          }
          return null;
        });
    Map<String, String> labels = labels(tenant, groupBy, counts.keySet());
    long[][] all = new long[starts.size()][2];
    List<Group> list = new ArrayList<>();
    counts.forEach(
        (key, cells) -> {
          long met = 0;
          long breached = 0;
          List<PeriodFigures> periods = new ArrayList<>();
          for (int i = 0; i < cells.length; i++) {
            all[i][0] += cells[i][0];
            all[i][1] += cells[i][1];
            met += cells[i][0];
            breached += cells[i][1];
            if (cells[i][0] + cells[i][1] > 0) {
              periods.add(figures(starts.get(i), cells[i][0], cells[i][1]));
            }
          }
          if (met + breached > 0) {
            String shown = groupBy == Dimension.PROVIDER && key.equals("0") ? "INTERNAL" : key;
            list.add(new Group(shown, labels.get(key), Figures.of(met, breached), periods));
          }
        });
    list.sort(Comparator.comparing(Group::key, SlaInsights::naturalOrder));
    List<PeriodFigures> periods = new ArrayList<>();
    long met = 0;
    long breached = 0;
    for (int i = 0; i < starts.size(); i++) {
      periods.add(figures(starts.get(i), all[i][0], all[i][1]));
      met += all[i][0];
      breached += all[i][1];
    }
    return new Performance(
        q.from(),
        q.to(),
        hospitals.zone(tenant).getId(),
        period,
        groupBy.name().toLowerCase(Locale.ROOT),
        q.kind(),
        q.target(),
        Figures.of(met, breached),
        periods,
        list);
  }

  /**
   * Met and breached per group and day (or month) from the roll-up and its pending deltas. By
   * month, whole months come from {@code insight_sla_months} and only the partial months at the
   * range's ends from the day cells: a year is a few thousand cells instead of 465 k at a million
   * tickets (docs/benchmarks.md).
   */
  private static String performanceSql(
      long tenant,
      InsightQuery q,
      InsightQuery.Period period,
      Dimension groupBy,
      List<Object> args) {
    String select = "SELECT " + groupBy.column + " AS k, local_day AS d, SUM(met), SUM(breached)";
    String byDay = " GROUP BY " + groupBy.column + ", local_day";
    LocalDate firstWhole = q.from().withDayOfMonth(1);
    if (!firstWhole.equals(q.from())) {
      firstWhole = firstWhole.plusMonths(1);
    }
    LocalDate endWhole = q.to().withDayOfMonth(1);
    if (period != InsightQuery.Period.MONTH || !firstWhole.isBefore(endWhole)) {
      String where = dayWhere(tenant, q, args, q.from(), q.to());
      dayWhere(tenant, q, args, q.from(), q.to()); // the same parameters again, for the deltas
      return SlaDays.ROLLUP.union(select, where, byDay);
    }
    String months =
        "SELECT "
            + groupBy.column
            + " AS k, month_start AS d, SUM(met), SUM(breached) FROM insight_sla_months"
            + where(
                tenant, q, args, "month_start", Date.valueOf(firstWhole), Date.valueOf(endWhole))
            + " GROUP BY "
            + groupBy.column
            + ", month_start";
    String head = dayWhere(tenant, q, args, q.from(), firstWhole);
    String tail = dayWhere(tenant, q, args, endWhole, q.to());
    // The deltas are days, whichever month they fall in.
    String deltas = dayWhere(tenant, q, args, q.from(), q.to());
    return months
        + " UNION ALL "
        + select
        + " FROM insight_sla_days"
        + head
        + byDay
        + " UNION ALL "
        + select
        + " FROM insight_sla_days"
        + tail
        + byDay
        + " UNION ALL "
        + select
        + " FROM "
        + SlaDays.ROLLUP.deltas()
        + deltas
        + byDay;
  }

  private static String dayWhere(
      long tenant, InsightQuery q, List<Object> args, LocalDate from, LocalDate to) {
    return where(tenant, q, args, "local_day", Date.valueOf(from), Date.valueOf(to));
  }

  private static PeriodFigures figures(LocalDate start, long met, long breached) {
    Figures f = Figures.of(met, breached);
    return new PeriodFigures(start, met, breached, f.total(), f.percentMet());
  }

  /** The WHERE clause shared by both read models: tenant, a range and the filters. */
  private static String where(
      long tenant, InsightQuery q, List<Object> args, String rangeColumn, Object from, Object to) {
    StringBuilder w = new StringBuilder(" WHERE tenant_id = ? AND kind IN (");
    args.add(tenant);
    w.append(q.kind() == null ? "'SLA', 'OLA'" : "'" + q.kind().name() + "'");
    w.append(") AND ").append(rangeColumn).append(" >= ? AND ").append(rangeColumn).append(" < ?");
    args.add(from);
    args.add(to);
    and(w, args, "target", q.target() == null ? null : q.target().name());
    and(w, args, "priority", q.priority() == null ? null : q.priority().name());
    and(w, args, "tier", q.tier() == null ? null : q.tier().name());
    and(w, args, "application_id", q.applicationId());
    and(w, args, "group_id", q.groupId());
    and(w, args, "provider_id", q.providerId());
    return w.toString();
  }

  private static void and(StringBuilder w, List<Object> args, String column, Object value) {
    if (value != null) {
      w.append(" AND ").append(column).append(" = ?");
      args.add(value);
    }
  }

  /** Another tenant's application or group, or an organisation that is no partner: 404. */
  void checkIds(long tenant, InsightQuery q) {
    if (q.applicationId() != null && catalog.application(tenant, q.applicationId()).isEmpty()) {
      throw Refused.notFound("applicationId", "No application " + q.applicationId());
    }
    if (q.groupId() != null && groups.names(tenant, List.of(q.groupId())).isEmpty()) {
      throw Refused.notFound("groupId", "No support group " + q.groupId());
    }
    if (q.providerId() != null
        && q.providerId() != 0
        && organizations
            .kind(q.providerId())
            .filter(k -> k == OrganizationKind.PARTNER)
            .isEmpty()) {
      throw Refused.notFound("provider", "No partner " + q.providerId());
    }
  }

  // --- Breaches

  @Serdeable
  @Schema(description = "Time spent in one status (PENDING_VENDOR: pending on the vendor)")
  record StatusTime(String status, long millis) {}

  @Serdeable
  @Schema(
      description =
          "Time spent with one group (groupId absent: no group); provider INTERNAL or a partner's id")
  record HolderTime(
      @Nullable Long groupId, String group, String provider, String providerName, long millis) {}

  @Serdeable
  @Schema(
      description =
          "A breached timer and where its ticket spent the time from the timer's start to the"
              + " deadline (wall-clock milliseconds); cause is the status or holder that took the"
              + " most of it")
  record Breach(
      long timerId,
      long ticketId,
      String ticketNumber,
      @Nullable @Schema(description = "Absent for PHI-flagged tickets") String title,
      TimerSettled.Kind kind,
      TimerSettled.Target target,
      String priority,
      String tier,
      long applicationId,
      @Nullable Long groupId,
      String group,
      String provider,
      String providerName,
      Instant startedAt,
      Instant breachedAt,
      String cause,
      long causeMillis,
      List<StatusTime> byStatus,
      List<HolderTime> byHolder) {}

  @Serdeable
  @Schema(description = "Breaches of one dominant cause, for the chart")
  record CauseCount(String cause, long breaches, long causeMillis) {}

  @Serdeable
  @Schema(description = "A page of breaches, and every matching breach counted by cause")
  record Breaches(List<Breach> items, int page, int size, long total, List<CauseCount> causes) {}

  /** How breaches sort: a column and a direction ({@code -} first: descending). */
  enum BreachSort {
    BREACHED_AT("breached_at"),
    CAUSE_MILLIS("cause_ms"),
    PRIORITY("priority"),
    TICKET("ticket_number");

    final String column;

    BreachSort(String column) {
      this.column = column;
    }
  }

  Breaches breaches(
      long tenant, InsightQuery q, BreachSort sort, boolean descending, int page, int size) {
    checkIds(tenant, q);
    ZoneId zone = hospitals.zone(tenant);
    List<Object> args = new ArrayList<>();
    String where =
        where(
            tenant,
            q,
            args,
            "breached_at",
            Timestamp.from(q.from().atStartOfDay(zone).toInstant()),
            Timestamp.from(q.to().atStartOfDay(zone).toInstant()));
    List<Object> chartArgs = new ArrayList<>();
    String chartWhere = dayWhere(tenant, q, chartArgs, q.from(), q.to());
    dayWhere(tenant, q, chartArgs, q.from(), q.to()); // the same parameters again, for the deltas
    List<Object> pageArgs = new ArrayList<>(args);
    String filtered = where;
    if (q.cause() != null) {
      filtered += " AND cause = ?";
      pageArgs.add(q.cause());
    }
    String order = descending ? " DESC" : " ASC";
    String pageSql =
        "SELECT timer_id, ticket_id, ticket_number, kind, target, priority, tier, application_id,"
            + " group_id, provider_id, started_at, breached_at, cause, cause_ms, by_status,"
            + " by_holder FROM insight_sla_breaches"
            + filtered
            + " ORDER BY "
            + sort.column
            + order
            + ", timer_id"
            + order
            + " LIMIT ? OFFSET ?";
    record Stored(
        long timerId,
        long ticketId,
        String number,
        String kind,
        String target,
        String priority,
        String tier,
        long applicationId,
        long groupId,
        long providerId,
        Instant startedAt,
        Instant breachedAt,
        String cause,
        long causeMillis,
        String byStatus,
        String byHolder) {}
    List<Stored> stored = new ArrayList<>();
    List<CauseCount> causes = new ArrayList<>();
    long[] total = new long[1];
    tx.executeRead(
        status -> {
          Connection c = status.getConnection();
          // The chart counts every cause (the cause filter narrows the list, not the chart), from
          // the breach days: a day's cells instead of every breach of the range.
          Map<String, long[]> byCause = new HashMap<>();
          try (var s =
              c.prepareStatement(
                  SlaBreaches.ROLLUP.union(
                      "SELECT cause, SUM(breaches), SUM(cause_ms)",
                      chartWhere,
                      " GROUP BY cause"))) {
            JdbcRows.bindAll(s, chartArgs);
            try (ResultSet rs = s.executeQuery()) {
              while (rs.next()) {
                long[] sums = byCause.computeIfAbsent(rs.getString(1), k -> new long[2]);
                sums[0] += rs.getLong(2);
                sums[1] += rs.getLong(3);
              }
            }
          }
          byCause.forEach(
              (cause, sums) -> {
                if (sums[0] != 0) {
                  causes.add(new CauseCount(cause, sums[0], sums[1]));
                  if (q.cause() == null || q.cause().equals(cause)) {
                    total[0] += sums[0];
                  }
                }
              });
          causes.sort(
              Comparator.comparingLong(CauseCount::breaches)
                  .reversed()
                  .thenComparing(CauseCount::cause));
          List<Object> all = new ArrayList<>(pageArgs);
          all.add(size);
          all.add((long) page * size);
          try (var s = c.prepareStatement(pageSql)) {
            JdbcRows.bindAll(s, all);
            try (ResultSet rs = s.executeQuery()) {
              while (rs.next()) {
                stored.add(
                    new Stored(
                        rs.getLong(1),
                        rs.getLong(2),
                        rs.getString(3),
                        rs.getString(4),
                        rs.getString(5),
                        rs.getString(6),
                        rs.getString(7),
                        rs.getLong(8),
                        rs.getLong(9),
                        rs.getLong(10),
                        JdbcRows.instant(rs, 11),
                        JdbcRows.instant(rs, 12),
                        rs.getString(13),
                        rs.getLong(14),
                        rs.getString(15),
                        rs.getString(16)));
              }
            }
          }
          return null;
        });
    Set<Long> groupIds = new HashSet<>();
    Set<Long> partnerIds = new HashSet<>();
    Map<Stored, Map<String, Long>> holders = new HashMap<>();
    for (Stored b : stored) {
      groupIds.add(b.groupId());
      partnerIds.add(b.providerId());
      Map<String, Long> byHolder = BreachCauses.parse(b.byHolder());
      holders.put(b, byHolder);
      byHolder
          .keySet()
          .forEach(
              k -> {
                groupIds.add(Long.valueOf(k.substring(0, k.indexOf('/'))));
                partnerIds.add(Long.valueOf(k.substring(k.indexOf('/') + 1)));
              });
    }
    Names names = names(tenant, groupIds, partnerIds);
    Map<Long, String> titles =
        tickets.titles(tenant, stored.stream().map(Stored::ticketId).toList());
    List<Breach> items = new ArrayList<>();
    for (Stored b : stored) {
      List<StatusTime> byStatus = new ArrayList<>();
      BreachCauses.parse(b.byStatus()).forEach((k, v) -> byStatus.add(new StatusTime(k, v)));
      List<HolderTime> byHolder = new ArrayList<>();
      holders
          .get(b)
          .forEach(
              (k, v) -> {
                long group = Long.parseLong(k.substring(0, k.indexOf('/')));
                long provider = Long.parseLong(k.substring(k.indexOf('/') + 1));
                byHolder.add(
                    new HolderTime(
                        group == 0 ? null : group,
                        names.group(group),
                        providerKey(provider),
                        names.provider(provider),
                        v));
              });
      items.add(
          new Breach(
              b.timerId(),
              b.ticketId(),
              b.number(),
              titles.get(b.ticketId()),
              TimerSettled.Kind.valueOf(b.kind()),
              TimerSettled.Target.valueOf(b.target()),
              b.priority(),
              b.tier(),
              b.applicationId(),
              b.groupId() == 0 ? null : b.groupId(),
              names.group(b.groupId()),
              providerKey(b.providerId()),
              names.provider(b.providerId()),
              b.startedAt(),
              b.breachedAt(),
              b.cause(),
              b.causeMillis(),
              byStatus,
              byHolder));
    }
    return new Breaches(items, page, size, total[0], causes);
  }

  // --- The timers behind a figure

  @Serdeable
  @Schema(description = "A finished timer behind a figure, and its ticket")
  record SettledTicket(
      long timerId,
      long ticketId,
      String ticketNumber,
      @Nullable @Schema(description = "Absent for PHI-flagged tickets") String title,
      TimerSettled.Kind kind,
      TimerSettled.Target target,
      String priority,
      String tier,
      long applicationId,
      @Nullable Long groupId,
      String group,
      String provider,
      String providerName,
      Instant finishedAt,
      TimerSettled.Outcome outcome) {}

  @Serdeable
  @Schema(description = "A page of the timers behind a figure, newest first")
  record SettledTickets(List<SettledTicket> items, int page, int size, long total) {}

  SettledTickets tickets(
      long tenant, InsightQuery q, @Nullable TimerSettled.Outcome outcome, int page, int size) {
    checkIds(tenant, q);
    ZoneId zone = hospitals.zone(tenant);
    SettledTimers.Page found =
        timers.page(
            tenant,
            new SettledTimers.Filter(
                q.kind(),
                q.target(),
                q.priority(),
                q.tier(),
                q.applicationId(),
                q.groupId(),
                q.providerId(),
                null,
                outcome),
            q.from().atStartOfDay(zone).toInstant(),
            q.to().atStartOfDay(zone).toInstant(),
            page * size,
            size);
    Set<Long> groupIds = new HashSet<>();
    Set<Long> partnerIds = new HashSet<>();
    for (TimerSettled t : found.timers()) {
      groupIds.add(DayKey.zero(t.groupId()));
      partnerIds.add(DayKey.zero(t.groupPartnerId()));
    }
    Names names = names(tenant, groupIds, partnerIds);
    Map<Long, String> titles =
        tickets.titles(tenant, found.timers().stream().map(TimerSettled::ticketId).toList());
    List<SettledTicket> items = new ArrayList<>();
    for (TimerSettled t : found.timers()) {
      long provider = DayKey.zero(t.groupPartnerId());
      items.add(
          new SettledTicket(
              t.timerId(),
              t.ticketId(),
              t.ticketNumber(),
              titles.get(t.ticketId()),
              t.kind(),
              t.target(),
              t.priority().name(),
              t.tier().name(),
              t.applicationId(),
              t.groupId(),
              names.group(DayKey.zero(t.groupId())),
              providerKey(provider),
              names.provider(provider),
              t.finishedAt(),
              t.outcome()));
    }
    return new SettledTickets(items, page, size, found.total());
  }

  // --- Names

  private record Names(Map<Long, String> groups, Map<Long, String> partners) {
    String group(long id) {
      return id == 0 ? "Unassigned" : groups.getOrDefault(id, "Group " + id);
    }

    String provider(long id) {
      return id == 0 ? "Internal staff" : partners.getOrDefault(id, "Partner " + id);
    }
  }

  private Names names(long tenant, Set<Long> groupIds, Set<Long> partnerIds) {
    groupIds.remove(0L);
    Map<Long, String> groupNames = groups.names(tenant, groupIds);
    Set<Long> partners = new HashSet<>(partnerIds);
    partners.remove(0L);
    return new Names(groupNames, organizations.names(partners));
  }

  static String providerKey(long providerId) {
    return providerId == 0 ? "INTERNAL" : String.valueOf(providerId);
  }

  private Map<String, String> labels(long tenant, Dimension dimension, Set<String> keys) {
    Map<String, String> labels = new HashMap<>();
    List<Long> ids =
        keys.stream()
            .filter(k -> !k.equals("0"))
            .map(k -> number(k).orElse(0L))
            .filter(id -> id != 0)
            .toList();
    switch (dimension) {
      case APPLICATION ->
          ids.forEach(
              id ->
                  catalog
                      .application(tenant, id)
                      .ifPresent(a -> labels.put(String.valueOf(id), a.name())));
      case GROUP -> groups.names(tenant, ids).forEach((id, n) -> labels.put(String.valueOf(id), n));
      case PROVIDER, PARTNER ->
          organizations.names(ids).forEach((id, n) -> labels.put(String.valueOf(id), n));
      default -> keys.forEach(k -> labels.put(k, k));
    }
    for (String key : keys) {
      labels.computeIfAbsent(
          key,
          k ->
              switch (dimension) {
                case PROVIDER -> k.equals("0") ? "Internal staff" : "Partner " + k;
                case GROUP -> k.equals("0") ? "Unassigned" : "Group " + k;
                case PARTNER -> k.equals("0") ? "No partner" : "Partner " + k;
                default -> k;
              });
    }
    return labels;
  }

  /** INTERNAL first, then numeric keys by number (group 9 before group 10), then by name. */
  private static int naturalOrder(String a, String b) {
    if (a.equals("INTERNAL") || b.equals("INTERNAL")) {
      return a.equals(b) ? 0 : a.equals("INTERNAL") ? -1 : 1;
    }
    Optional<Long> x = number(a);
    Optional<Long> y = number(b);
    if (x.isPresent() && y.isPresent()) {
      return Long.compare(x.get(), y.get());
    }
    return a.compareTo(b);
  }

  private static Optional<Long> number(String s) {
    try {
      return Optional.of(Long.parseLong(s));
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }
}
