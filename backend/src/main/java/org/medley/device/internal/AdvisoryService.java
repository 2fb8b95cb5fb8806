package org.medley.device.internal;

import io.micronaut.context.event.ApplicationEventPublisher;
import io.micronaut.transaction.annotation.ReadOnly;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.medley.device.Advisory;
import org.medley.identity.Accounts;
import org.medley.identity.Caller;
import org.medley.market.Engagements;
import org.medley.platform.Refused;

/**
 * Security advisories: filing one records it and, once committed, opens its remediation work in the
 * background ({@link AdvisoryRemediation}); reads show the exposure (affected and remaining
 * devices) as far as the caller sees devices ({@link DeviceAccess}).
 */
@Singleton
class AdvisoryService {

  private final AdvisoryStore store;
  private final Engagements engagements;
  private final Accounts accounts;
  private final ApplicationEventPublisher<AdvisoryRemediation.Filed> filings;
  private final Clock clock;

  AdvisoryService(
      AdvisoryStore store,
      Engagements engagements,
      Accounts accounts,
      ApplicationEventPublisher<AdvisoryRemediation.Filed> filings,
      Clock clock) {
    this.store = store;
    this.engagements = engagements;
    this.accounts = accounts;
    this.filings = filings;
    this.clock = clock;
  }

  @Transactional
  AdvisoryApi.AdvisoryView file(Caller caller, AdvisoryApi.AdvisoryInput input, int size) {
    long tenant = caller.tenantId();
    Instant now = clock.instant();
    Advisory advisory = Advisory.of(input.raw(), now.atZone(ZoneOffset.UTC).getYear());
    List<Long> known = store.modelsOf(tenant, advisory.modelIds());
    for (long model : advisory.modelIds()) {
      if (!known.contains(model)) {
        throw Refused.notFound("modelIds", "no device model " + model + " here");
      }
    }
    if (store.idOf(tenant, advisory.cve()).isPresent()) {
      throw Refused.conflict("cve", advisory.cve() + " is already filed here");
    }
    long id = store.file(tenant, advisory, accounts.accountId(caller), now);
    filings.publishEvent(new AdvisoryRemediation.Filed(id));
    return view(DeviceAccess.of(caller, engagements), id, 0, size);
  }

  /**
   * Writes the advisory's remediation orders, one per affected device and routed group, unless they
   * are written already (by another node, or before a crash and the sweep). One transaction: all
   * orders and the mark, or none.
   */
  @Transactional
  boolean openRemediation(long id) {
    var unopened = store.lockUnopened(id);
    unopened.ifPresent(u -> store.open(id, u, clock.instant()));
    return unopened.isPresent();
  }

  /** Advisories filed before {@code before} whose remediation is still unopened, oldest first. */
  @ReadOnly
  List<Long> unopened(Instant before) {
    return store.unopened(before, 100);
  }

  @ReadOnly
  AdvisoryApi.AdvisoryPage list(Caller caller, int page, int size) {
    DeviceAccess access = DeviceAccess.of(caller, engagements);
    DeviceApi.Page<AdvisoryStore.Row> rows = store.list(access, page, size);
    List<Long> ids = rows.items().stream().map(AdvisoryStore.Row::id).toList();
    Map<Long, List<AdvisoryApi.ModelRef>> models = store.models(ids);
    Map<Long, AdvisoryStore.Exposure> exposure = store.exposure(access, ids);
    List<AdvisoryApi.AdvisorySummary> items = new ArrayList<>(ids.size());
    for (AdvisoryStore.Row a : rows.items()) {
      var counts = exposure.getOrDefault(a.id(), AdvisoryStore.Exposure.NONE);
      items.add(
          new AdvisoryApi.AdvisorySummary(
              a.id(),
              a.cve(),
              a.title(),
              a.severity(),
              models.getOrDefault(a.id(), List.of()),
              a.firmwareFrom(),
              a.firmwareTo(),
              a.routing(),
              counts.affected(),
              counts.remaining(),
              a.createdAt(),
              a.remediationOpenedAt()));
    }
    return new AdvisoryApi.AdvisoryPage(items, page, size, rows.total());
  }

  @ReadOnly
  AdvisoryApi.AdvisoryView advisory(Caller caller, long id, int page, int size) {
    return view(DeviceAccess.of(caller, engagements), id, page, size);
  }

  private AdvisoryApi.AdvisoryView view(DeviceAccess access, long id, int page, int size) {
    AdvisoryStore.Row a =
        store.advisory(access, id).orElseThrow(() -> Refused.notFound("id", "no advisory " + id));
    var counts = store.exposure(access, List.of(id)).getOrDefault(id, AdvisoryStore.Exposure.NONE);
    String filedBy =
        accounts.account(a.createdBy()).map(Accounts.Account::displayName).orElse(null);
    return new AdvisoryApi.AdvisoryView(
        a.id(),
        a.cve(),
        a.title(),
        a.severity(),
        store.models(List.of(id)).getOrDefault(id, List.of()),
        a.firmwareFrom(),
        a.firmwareTo(),
        a.remediation(),
        a.routing(),
        counts.affected(),
        counts.remaining(),
        filedBy,
        a.createdAt(),
        a.remediationOpenedAt(),
        a.version(),
        store.remainingByUnit(access, id),
        new AdvisoryApi.RemainingPage(
            store.remaining(access, id, page, size), page, size, counts.remaining()));
  }
}
