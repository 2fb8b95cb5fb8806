package org.medley.market.internal;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.ReadOnly;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.medley.desk.TeamTickets;
import org.medley.identity.Caller;
import org.medley.identity.Hospitals;
import org.medley.identity.Partners;
import org.medley.identity.Role;
import org.medley.market.TimerCompliance;
import org.medley.platform.Refused;

/**
 * Scorecards: the figures of the hospital's own teams, its partners and their engagements, counted
 * the same way ({@link ScorecardFigures}) from the desk's tickets and the SLA feature's timers. A
 * partner is every group it staffs; an engagement, the groups it provides now. The hospital's
 * leaders, executives and admins read every card; a partner's manager reads only its own
 * organisation's, and another partner's reads as missing.
 */
@Singleton
class ScorecardService {

  private final TeamTickets tickets;
  private final TimerCompliance timers;
  private final Partners partners;
  private final EngagementStore engagements;
  private final ProvidedGroups provided;
  private final Hospitals hospitals;
  private final HospitalDay day;
  private final Clock clock;

  ScorecardService(
      TeamTickets tickets,
      TimerCompliance timers,
      Partners partners,
      EngagementStore engagements,
      ProvidedGroups provided,
      Hospitals hospitals,
      HospitalDay day,
      Clock clock) {
    this.tickets = tickets;
    this.timers = timers;
    this.partners = partners;
    this.engagements = engagements;
    this.provided = provided;
    this.hospitals = hospitals;
    this.day = day;
    this.clock = clock;
  }

  /** The hospital's roles see every row; anyone else here is a partner's manager. */
  private static boolean hospital(Caller caller) {
    return caller.has(Role.IT_LEADER) || caller.has(Role.EXECUTIVE) || caller.has(Role.ADMIN);
  }

  ScorecardRange range(Caller caller, @Nullable String from, @Nullable String to) {
    return ScorecardRange.parse(from, to, hospitals.zone(caller.tenantId()), clock.instant());
  }

  /** What every card of a tenant is made from, read once. */
  private record Book(
      List<TeamTickets.Team> teams,
      List<Partners.Partner> partners,
      List<EngagementRow> engagements,
      Map<Long, Long> providers,
      LocalDate today) {

    List<Long> groupsOf(Function<TeamTickets.Team, Long> key, long id) {
      return teams.stream()
          .filter(t -> Long.valueOf(id).equals(key.apply(t)))
          .map(TeamTickets.Team::id)
          .toList();
    }

    Long engagementOf(TeamTickets.Team team) {
      return providers.get(team.id());
    }

    List<Long> engagementsOf(long partnerId) {
      return engagements.stream()
          .filter(e -> e.partnerId() == partnerId)
          .map(EngagementRow::id)
          .toList();
    }
  }

  private Book book(long tenant) {
    List<TeamTickets.Team> teams = tickets.teams(tenant);
    return new Book(
        teams,
        partners.of(tenant),
        engagements.all(tenant),
        provided.providers(tenant, teams.stream().map(TeamTickets.Team::id).toList()),
        day.today(tenant));
  }

  private ScorecardFigures figures(long tenant, ScorecardRange range, boolean withBacklog) {
    return new ScorecardFigures(
        tickets.resolved(tenant, range.from(), range.to()),
        withBacklog ? tickets.open(tenant) : List.of(),
        timers.finished(tenant, range.from(), range.to()),
        clock.instant());
  }

  @ReadOnly
  ScorecardApi.Scorecards list(Caller caller, ScorecardRange range) {
    long tenant = caller.tenantId();
    Book book = book(tenant);
    ScorecardFigures figures = figures(tenant, range, true);
    List<ScorecardApi.Row> rows = new ArrayList<>();
    boolean all = hospital(caller);
    if (all) {
      for (TeamTickets.Team team : book.teams()) {
        if (team.partnerId() == null) {
          rows.add(
              ScorecardApi.Row.of(
                  ScorecardApi.Kind.TEAM,
                  team.id(),
                  team.name(),
                  null,
                  null,
                  figures.of(List.of(team.id()), null)));
        }
      }
    }
    Map<Long, String> partnerNames =
        book.partners().stream()
            .collect(Collectors.toMap(Partners.Partner::id, Partners.Partner::name));
    for (Partners.Partner partner : book.partners()) {
      if (all || partner.id() == caller.organizationId()) {
        rows.add(partnerRow(book, figures, partner.id(), partner.name()));
      }
    }
    book.engagements().stream()
        .filter(e -> partnerNames.containsKey(e.partnerId()))
        .filter(e -> all || e.partnerId() == caller.organizationId())
        .sorted(
            Comparator.comparing((EngagementRow e) -> partnerNames.get(e.partnerId()))
                .thenComparing(EngagementRow::name)
                .thenComparing(EngagementRow::id))
        .forEach(e -> rows.add(engagementRow(book, figures, e)));
    return new ScorecardApi.Scorecards(range.from(), range.to(), rows);
  }

  @ReadOnly
  ScorecardApi.Card partner(Caller caller, long partnerId, ScorecardRange range) {
    long tenant = caller.tenantId();
    Book book = book(tenant);
    Partners.Partner partner =
        book.partners().stream()
            .filter(p -> p.id() == partnerId)
            .filter(p -> hospital(caller) || p.id() == caller.organizationId())
            .findFirst()
            .orElseThrow(() -> Refused.notFound("id", "No partner " + partnerId));
    ScorecardApi.Row row =
        partnerRow(book, figures(tenant, range, true), partnerId, partner.name());
    List<ScorecardApi.Week> weeks = new ArrayList<>();
    for (ScorecardRange week : range.weeks()) {
      weeks.add(week(week, partnerFigures(book, figures(tenant, week, false), partnerId)));
    }
    return new ScorecardApi.Card(range.from(), range.to(), row, weeks);
  }

  @ReadOnly
  ScorecardApi.Card engagement(Caller caller, long engagementId, ScorecardRange range) {
    long tenant = caller.tenantId();
    Book book = book(tenant);
    EngagementRow engagement =
        book.engagements().stream()
            .filter(e -> e.id() == engagementId)
            .filter(e -> hospital(caller) || e.partnerId() == caller.organizationId())
            .findFirst()
            .orElseThrow(() -> Refused.notFound("id", "No engagement " + engagementId));
    ScorecardApi.Row row = engagementRow(book, figures(tenant, range, true), engagement);
    List<ScorecardApi.Week> weeks = new ArrayList<>();
    for (ScorecardRange week : range.weeks()) {
      weeks.add(
          week(
              week,
              figures(tenant, week, false)
                  .of(book.groupsOf(book::engagementOf, engagementId), List.of(engagementId))));
    }
    return new ScorecardApi.Card(range.from(), range.to(), row, weeks);
  }

  private static ScorecardApi.Figures partnerFigures(
      Book book, ScorecardFigures figures, long partnerId) {
    return figures.of(
        book.groupsOf(TeamTickets.Team::partnerId, partnerId), book.engagementsOf(partnerId));
  }

  private static ScorecardApi.Row partnerRow(
      Book book, ScorecardFigures figures, long partnerId, String name) {
    return ScorecardApi.Row.of(
        ScorecardApi.Kind.PARTNER,
        partnerId,
        name,
        partnerId,
        null,
        partnerFigures(book, figures, partnerId));
  }

  private static ScorecardApi.Row engagementRow(
      Book book, ScorecardFigures figures, EngagementRow e) {
    return ScorecardApi.Row.of(
        ScorecardApi.Kind.ENGAGEMENT,
        e.id(),
        e.name(),
        e.partnerId(),
        e.engagement().status(book.today()).name(),
        figures.of(book.groupsOf(book::engagementOf, e.id()), List.of(e.id())));
  }

  private static ScorecardApi.Week week(ScorecardRange week, ScorecardApi.Figures f) {
    return new ScorecardApi.Week(
        week.from(),
        week.to(),
        f.volume(),
        f.slaCompliance(),
        f.olaCompliance(),
        f.firstContactResolution(),
        f.reopenRate(),
        f.csat());
  }
}
