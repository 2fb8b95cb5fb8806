package org.medley.market.internal;

import io.micronaut.http.HttpStatus;
import io.micronaut.http.exceptions.HttpStatusException;
import io.micronaut.transaction.annotation.ReadOnly;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.medley.coverage.ApplicationNames;
import org.medley.identity.Caller;
import org.medley.identity.Partners;
import org.medley.identity.PhiClearance;
import org.medley.identity.Role;
import org.medley.platform.Problem;
import org.medley.platform.Refused;

/**
 * The hospital's partners as the marketplace shows them: each with its profile, the agreement on
 * file and its engagements. The hospital reads every partner; a partner's people read their own
 * organisation only (another partner reads exactly like one that does not exist), and only its
 * partner managers change its profile.
 */
@Singleton
class PartnerDirectory {

  private final Partners partners;
  private final PartnerProfileStore profiles;
  private final PhiClearance agreements;
  private final ApplicationNames applications;
  private final EngagementStore engagements;
  private final HospitalDay day;
  private final Clock clock;

  PartnerDirectory(
      Partners partners,
      PartnerProfileStore profiles,
      PhiClearance agreements,
      ApplicationNames applications,
      EngagementStore engagements,
      HospitalDay day,
      Clock clock) {
    this.partners = partners;
    this.profiles = profiles;
    this.agreements = agreements;
    this.applications = applications;
    this.engagements = engagements;
    this.day = day;
    this.clock = clock;
  }

  /** A partner with its profile (empty before the first save). */
  record Listed(Partners.Partner partner, Optional<PartnerProfileStore.Stored> stored) {

    PartnerProfile.Document document() {
      return stored.map(PartnerProfileStore.Stored::document).orElse(PartnerProfile.Document.EMPTY);
    }
  }

  /** The tenant's partners with their profiles, by name: for matching and the list. */
  @ReadOnly
  List<Listed> all(long tenant) {
    Map<Long, PartnerProfileStore.Stored> stored = profiles.all(tenant);
    return partners.of(tenant).stream()
        .map(p -> new Listed(p, Optional.ofNullable(stored.get(p.id()))))
        .toList();
  }

  /** The tenant's partners' names by id, without reading their profiles. */
  Map<Long, String> names(long tenant) {
    Map<Long, String> names = new java.util.HashMap<>();
    partners.of(tenant).forEach(p -> names.put(p.id(), p.name()));
    return names;
  }

  @ReadOnly
  Api.Page<PartnerApi.Summary> list(Caller caller, String q, int page, int size) {
    long tenant = caller.tenantId();
    String needle = q == null ? "" : q.strip().toLowerCase(Locale.ROOT);
    List<Listed> matching =
        all(tenant).stream()
            .filter(l -> !worksForPartner(caller) || l.partner().id() == caller.organizationId())
            .filter(l -> needle.isEmpty() || text(l).contains(needle))
            .toList();
    int from = Math.min(page * size, matching.size());
    List<Listed> slice = matching.subList(from, Math.min(from + size, matching.size()));
    Map<Long, String> names = applicationNames(tenant, slice);
    Map<Long, Integer> active = engagements.activeCounts(tenant, day.today(tenant));
    return new Api.Page<>(
        slice.stream()
            .map(
                l -> {
                  var d = l.document();
                  return new PartnerApi.Summary(
                      l.partner().id(),
                      l.partner().name(),
                      d.summary(),
                      d.regions(),
                      d.tiers(),
                      d.offerings(),
                      levels(d.capabilities(), names),
                      agreement(tenant, l.partner().id()),
                      d.people().size(),
                      active.getOrDefault(l.partner().id(), 0));
                })
            .toList(),
        page,
        size,
        matching.size());
  }

  @ReadOnly
  PartnerApi.Profile get(Caller caller, long id) {
    Listed listed = readable(caller, id);
    return view(caller.tenantId(), listed);
  }

  @Transactional
  PartnerApi.Profile change(Caller caller, long id, PartnerApi.Input input) {
    long tenant = caller.tenantId();
    Listed listed = readable(caller, id);
    if (!caller.has(Role.PARTNER_MANAGER) || caller.organizationId() != id) {
      throw Refused.forbidden(
          "id", "only " + listed.partner().name() + "'s partner managers change its profile");
    }
    PartnerProfile.Document document = input.document();
    Set<Long> named = new HashSet<>();
    document.capabilities().forEach(c -> named.add(c.applicationId()));
    document.people().forEach(p -> p.skills().forEach(s -> named.add(s.applicationId())));
    Set<Long> known = applications.names(tenant, named).keySet();
    List<Problem.FieldError> refusals = PartnerProfile.refusals(document, known::contains);
    if (!refusals.isEmpty()) {
      throw Refused.invalid(refusals);
    }
    var now = clock.instant();
    Optional<PartnerProfileStore.Stored> current = profiles.find(tenant, id, true);
    long version = current.map(PartnerProfileStore.Stored::version).orElse(0L);
    boolean written =
        input.version() == version
            && (current.isEmpty()
                ? profiles.insert(tenant, id, document, caller.username(), now)
                : profiles.update(tenant, id, version, document, caller.username(), now));
    if (!written) {
      throw Refused.conflict(
          "version",
          "the profile changed since you read it (now version "
              + profiles.find(tenant, id, false).map(PartnerProfileStore.Stored::version).orElse(0L)
              + "): reload it");
    }
    return view(tenant, new Listed(listed.partner(), profiles.find(tenant, id, false)));
  }

  /** The partner, if the caller may read it; 404 otherwise. */
  Listed readable(Caller caller, long id) {
    long tenant = caller.tenantId();
    if (worksForPartner(caller) && caller.organizationId() != id) {
      throw notFound(id);
    }
    Partners.Partner partner =
        partners.of(tenant).stream()
            .filter(p -> p.id() == id)
            .findFirst()
            .orElseThrow(() -> notFound(id));
    return new Listed(partner, profiles.find(tenant, id, false));
  }

  private PartnerApi.Profile view(long tenant, Listed listed) {
    var d = listed.document();
    Map<Long, String> names = applicationNames(tenant, List.of(listed));
    return new PartnerApi.Profile(
        listed.partner().id(),
        listed.partner().name(),
        d.summary(),
        d.regions(),
        d.tiers(),
        d.certifications(),
        d.offerings(),
        levels(d.capabilities(), names),
        d.people().stream()
            .map(
                p ->
                    new PartnerApi.PersonView(
                        p.name(),
                        p.email(),
                        p.title(),
                        p.zone(),
                        p.capacityHours(),
                        p.shifts(),
                        levels(p.skills(), names)))
            .toList(),
        agreement(tenant, listed.partner().id()),
        engagements.activeCounts(tenant, day.today(tenant)).getOrDefault(listed.partner().id(), 0),
        listed.stored().map(PartnerProfileStore.Stored::version).orElse(0L),
        listed.stored().map(PartnerProfileStore.Stored::updatedAt).orElse(null),
        listed.stored().map(PartnerProfileStore.Stored::updatedBy).orElse(null));
  }

  PartnerApi.Agreement agreement(long tenant, long partner) {
    return agreements
        .agreementOf(tenant, partner)
        .map(a -> new PartnerApi.Agreement(a.reference(), a.effectiveFrom(), a.effectiveUntil()))
        .orElse(null);
  }

  private Map<Long, String> applicationNames(long tenant, Collection<Listed> listed) {
    Set<Long> ids = new HashSet<>();
    for (Listed l : listed) {
      l.document().levels().keySet().forEach(ids::add);
    }
    return applications.names(tenant, ids);
  }

  /** Levels on applications that still exist, with their names. */
  static List<PartnerApi.LevelView> levels(
      List<PartnerProfile.Level> levels, Map<Long, String> names) {
    List<PartnerApi.LevelView> views = new ArrayList<>();
    for (var level : levels) {
      String name = names.get(level.applicationId());
      if (name != null) {
        views.add(new PartnerApi.LevelView(level.applicationId(), name, level.level()));
      }
    }
    return views;
  }

  private static String text(Listed l) {
    var d = l.document();
    return (l.partner().name()
            + " "
            + (d.summary() == null ? "" : d.summary())
            + " "
            + String.join(" ", d.regions())
            + " "
            + String.join(" ", d.certifications()))
        .toLowerCase(Locale.ROOT);
  }

  static boolean worksForPartner(Caller caller) {
    return caller.organizationId() != caller.tenantId();
  }

  private static HttpStatusException notFound(long id) {
    return new HttpStatusException(HttpStatus.NOT_FOUND, "No partner " + id);
  }
}
