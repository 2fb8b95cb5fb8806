package org.medley.market.internal;

import jakarta.inject.Singleton;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.medley.identity.Accounts;
import org.medley.identity.OrganizationNames;
import org.medley.market.DeskConnectors;

/**
 * What an engagement's ids name: in other features, read through their ports, the partner's name
 * (identity), the manager's account (identity) and the groups it provides (desk); and its staffing
 * request (market's own).
 */
@Singleton
class EngagementDetails {

  /** An engagement's row with the names of what it points at. */
  record Detailed(
      EngagementRow row,
      EngagementApi.PartnerRef partner,
      EngagementApi.PersonRef manager,
      EngagementApi.RequestRef staffingRequest,
      List<EngagementApi.GroupRef> groups,
      EngagementApi.DeskRef connector) {}

  private final OrganizationNames organizations;
  private final Accounts accounts;
  private final ProvidedGroups groups;
  private final StaffingRequestRepository requests;
  private final DeskConnectors desks;

  EngagementDetails(
      OrganizationNames organizations,
      Accounts accounts,
      ProvidedGroups groups,
      StaffingRequestRepository requests,
      DeskConnectors desks) {
    this.organizations = organizations;
    this.accounts = accounts;
    this.groups = groups;
    this.requests = requests;
    this.desks = desks;
  }

  Detailed of(long tenant, EngagementRow row) {
    return of(tenant, List.of(row)).get(0);
  }

  List<Detailed> of(long tenant, List<EngagementRow> rows) {
    Map<Long, String> partners =
        organizations.names(rows.stream().map(EngagementRow::partnerId).toList());
    Map<Long, Accounts.Account> managers =
        accounts
            .accounts(
                rows.stream()
                    .map(EngagementRow::managerAccountId)
                    .filter(Objects::nonNull)
                    .toList())
            .stream()
            .filter(a -> a.tenantId() == tenant) // another tenant's account is simply not there
            .collect(Collectors.toMap(Accounts.Account::id, a -> a));
    Map<Long, List<ProvidedGroups.Group>> provided =
        groups.providedBy(tenant, rows.stream().map(EngagementRow::id).toList());
    Map<Long, String> titles =
        requests
            .findByTenantIdAndIdInList(
                tenant,
                rows.stream()
                    .map(EngagementRow::staffingRequestId)
                    .filter(Objects::nonNull)
                    .toList())
            .stream()
            .collect(Collectors.toMap(StaffingRequestRow::id, StaffingRequestRow::title));
    Map<Long, DeskConnectors.Desk> connectors =
        rows.stream().anyMatch(r -> r.connectorId() != null)
            ? desks.desks(tenant).stream()
                .collect(Collectors.toMap(DeskConnectors.Desk::id, d -> d))
            : Map.of();
    return rows.stream()
        .map(
            r -> {
              Accounts.Account m =
                  r.managerAccountId() == null ? null : managers.get(r.managerAccountId());
              Long request = r.staffingRequestId();
              return new Detailed(
                  r,
                  new EngagementApi.PartnerRef(r.partnerId(), partners.get(r.partnerId())),
                  m == null
                      ? null
                      : new EngagementApi.PersonRef(
                          m.id(), m.displayName(), m.jobTitle(), m.email()),
                  request == null
                      ? null
                      : new EngagementApi.RequestRef(request, titles.get(request)),
                  provided.getOrDefault(r.id(), List.of()).stream()
                      .map(g -> new EngagementApi.GroupRef(g.id(), g.name(), g.tier()))
                      .toList(),
                  desk(r.connectorId(), connectors));
            })
        .toList();
  }

  /** The connector an engagement names; a deleted one keeps its id, without a name. */
  private static EngagementApi.DeskRef desk(Long id, Map<Long, DeskConnectors.Desk> connectors) {
    if (id == null) {
      return null;
    }
    DeskConnectors.Desk desk = connectors.get(id);
    return desk == null
        ? new EngagementApi.DeskRef(id, "Deleted connector " + id, "")
        : new EngagementApi.DeskRef(id, desk.name(), desk.kind());
  }
}
