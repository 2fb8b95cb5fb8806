package org.medley.market.internal;

import jakarta.inject.Singleton;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.medley.desk.PartnerGroups;
import org.medley.identity.Accounts;
import org.medley.identity.OrganizationNames;

/**
 * What an engagement's ids name in other features, read through their ports: the partner's name
 * (identity), the manager's account (identity) and the groups it provides (desk).
 */
@Singleton
class EngagementDetails {

  /** An engagement's row with the names of what it points at. */
  record Detailed(
      EngagementStore.Row row,
      EngagementApi.PartnerRef partner,
      EngagementApi.PersonRef manager,
      List<EngagementApi.GroupRef> groups) {}

  private final OrganizationNames organizations;
  private final Accounts accounts;
  private final PartnerGroups groups;

  EngagementDetails(OrganizationNames organizations, Accounts accounts, PartnerGroups groups) {
    this.organizations = organizations;
    this.accounts = accounts;
    this.groups = groups;
  }

  Detailed of(long tenant, EngagementStore.Row row) {
    return of(tenant, List.of(row)).get(0);
  }

  List<Detailed> of(long tenant, List<EngagementStore.Row> rows) {
    Map<Long, String> partners =
        organizations.names(rows.stream().map(EngagementStore.Row::partnerId).toList());
    Map<Long, Accounts.Person> managers =
        accounts.people(
            tenant,
            rows.stream().map(EngagementStore.Row::managerId).filter(Objects::nonNull).toList());
    Map<Long, List<PartnerGroups.Group>> provided =
        groups.providedBy(tenant, rows.stream().map(EngagementStore.Row::id).toList());
    return rows.stream()
        .map(
            r -> {
              Accounts.Person m = r.managerId() == null ? null : managers.get(r.managerId());
              return new Detailed(
                  r,
                  new EngagementApi.PartnerRef(r.partnerId(), partners.get(r.partnerId())),
                  m == null
                      ? null
                      : new EngagementApi.PersonRef(m.id(), m.name(), m.jobTitle(), m.email()),
                  provided.getOrDefault(r.id(), List.of()).stream()
                      .map(g -> new EngagementApi.GroupRef(g.id(), g.name(), g.tier()))
                      .toList());
            })
        .toList();
  }
}
