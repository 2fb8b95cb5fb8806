package org.medley.device.internal;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import org.medley.device.Advisory;
import org.medley.device.AdvisoryRouting;
import org.medley.device.AdvisorySeverity;

/** The JSON shapes of {@code /api/advisories}. */
final class AdvisoryApi {

  private AdvisoryApi() {}

  /**
   * An advisory to file. Firmware bounds are inclusive and either may be left out (open); {@code
   * routing} defaults to BOTH.
   */
  @Serdeable
  record AdvisoryInput(
      @Nullable @Size(max = 30) String cve,
      @Nullable @Size(max = 200) String title,
      @Nullable AdvisorySeverity severity,
      @Nullable @Size(max = Advisory.MAX_MODELS) List<@NotNull Long> modelIds,
      @Nullable @Size(max = 100) String firmwareFrom,
      @Nullable @Size(max = 100) String firmwareTo,
      @Nullable @Size(max = 4000) String remediation,
      @Nullable AdvisoryRouting routing) {

    Advisory raw() {
      return new Advisory(
          cve, title, severity, modelIds, firmwareFrom, firmwareTo, remediation, routing);
    }
  }

  @Serdeable
  record ModelRef(long id, String manufacturer, String model) {}

  /**
   * An advisory in the list. {@code affected}: devices it opened remediation for; {@code
   * remaining}: those of them with a remediation order still open (the exposure). A partner's
   * people count only their engagement's devices. {@code remediationOpenedAt}: when its orders were
   * written; null for the moment after filing while they are being written (both counts 0 then).
   */
  @Serdeable
  record AdvisorySummary(
      long id,
      String cve,
      String title,
      AdvisorySeverity severity,
      List<ModelRef> models,
      @Nullable String firmwareFrom,
      @Nullable String firmwareTo,
      AdvisoryRouting routing,
      long affected,
      long remaining,
      Instant createdAt,
      @Nullable Instant remediationOpenedAt) {}

  /** A page of advisories (a record of its own: the OpenAPI document then names its items). */
  @Serdeable
  record AdvisoryPage(List<AdvisorySummary> items, int page, int size, long total) {}

  /** A page of remaining devices; {@code total} is the advisory's remaining count. */
  @Serdeable
  record RemainingPage(List<RemainingDevice> items, int page, int size, long total) {}

  /** Remaining devices of a site and unit (unit null: not recorded). */
  @Serdeable
  record UnitCount(String site, @Nullable String unit, long devices) {}

  /** An affected device not yet remediated, and its open remediation orders (one per group). */
  @Serdeable
  record RemainingDevice(
      long deviceId,
      String assetTag,
      String manufacturer,
      String model,
      String site,
      @Nullable String unit,
      @Nullable String room,
      @Nullable String firmware,
      List<Long> workOrderIds) {}

  /** One advisory with its exposure: the remaining devices by unit, and a page of them. */
  @Serdeable
  record AdvisoryView(
      long id,
      String cve,
      String title,
      AdvisorySeverity severity,
      List<ModelRef> models,
      @Nullable String firmwareFrom,
      @Nullable String firmwareTo,
      String remediation,
      AdvisoryRouting routing,
      long affected,
      long remaining,
      @Nullable String createdBy,
      Instant createdAt,
      @Nullable Instant remediationOpenedAt,
      long version,
      List<UnitCount> remainingByUnit,
      RemainingPage remainingDevices) {}
}
