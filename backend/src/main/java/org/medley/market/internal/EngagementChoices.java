package org.medley.market.internal;

import jakarta.inject.Singleton;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.medley.identity.Accounts;
import org.medley.identity.Partners;
import org.medley.market.DeskConnectors;

/**
 * What an engagement may name, from the features that own it: the hospital's partners and their
 * people (identity), partner groups (desk), open staffing requests (market's own) and the
 * partner-desk connectors (e-bonding, through {@link DeskConnectors}).
 */
@Singleton
class EngagementChoices {

  private final Partners partners;
  private final Accounts accounts;
  private final ProvidedGroups groups;
  private final EngagementStore engagements;
  private final StaffingRequestStore requests;
  private final DeskConnectors desks;

  EngagementChoices(
      Partners partners,
      Accounts accounts,
      ProvidedGroups groups,
      EngagementStore engagements,
      StaffingRequestStore requests,
      DeskConnectors desks) {
    this.desks = desks;
    this.partners = partners;
    this.accounts = accounts;
    this.groups = groups;
    this.engagements = engagements;
    this.requests = requests;
  }

  EngagementApi.Choices all(long tenant) {
    List<ProvidedGroups.Group> partnerGroups = groups.partnerGroups(tenant);
    Map<Long, String> holders =
        engagements.names(
            tenant,
            partnerGroups.stream()
                .map(ProvidedGroups.Group::engagementId)
                .filter(Objects::nonNull)
                .distinct()
                .toList());
    return new EngagementApi.Choices(
        partners.of(tenant).stream()
            .map(p -> new EngagementApi.PartnerRef(p.id(), p.name()))
            .toList(),
        managers(tenant, null),
        partnerGroups.stream()
            .map(
                g ->
                    new EngagementApi.GroupChoice(
                        g.id(),
                        g.name(),
                        g.tier(),
                        g.partnerId(),
                        g.engagementId(),
                        g.engagementId() == null ? null : holders.get(g.engagementId())))
            .toList(),
        requests.openRequests(tenant, null),
        desks.desks(tenant).stream()
            .map(d -> new EngagementApi.DeskRef(d.id(), d.name(), d.kind()))
            .toList());
  }

  /** The tenant's partner ids in name order, for sorting engagements by partner. */
  List<Long> partnersByName(long tenant) {
    return partners.of(tenant).stream().map(Partners.Partner::id).toList();
  }

  boolean isDesk(long tenant, long connectorId) {
    return desks.exists(tenant, connectorId);
  }

  boolean isPartner(long tenant, long partnerId) {
    return partners.worksFor(tenant, partnerId);
  }

  /** Enabled accounts of the tenant employed by partners (one partner when {@code partner}). */
  List<EngagementApi.ManagerChoice> managers(long tenant, Long partner) {
    return accounts.partnerAccounts(tenant, partner).stream()
        .map(
            p ->
                new EngagementApi.ManagerChoice(
                    p.id(), p.displayName(), p.jobTitle(), p.organizationId()))
        .toList();
  }

  boolean isOpenRequest(long tenant, long requestId) {
    return !requests.openRequests(tenant, requestId).isEmpty();
  }

  Map<Long, ProvidedGroups.Group> groups(long tenant, Collection<Long> ids) {
    return groups.byId(tenant, ids);
  }
}
