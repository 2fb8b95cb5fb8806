package org.medley.device.internal;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.medley.device.Device;
import org.medley.device.DeviceModel;
import org.medley.device.DeviceStatus;
import org.medley.device.RiskLevel;
import org.medley.platform.Spreadsheet;

/** The JSON shapes of {@code /api/devices} and {@code /api/device-models}. */
final class DeviceApi {

  private DeviceApi() {}

  /**
   * A model to create or change; {@code version} is required to change one (409 if stale). {@code
   * remoteRecovery}: its devices can be brought back over the network after an outage (remote
   * management, reimaging); false, the default, puts them on the outage playbook.
   */
  @Serdeable
  record ModelInput(
      @Nullable @Size(max = 100) String manufacturer,
      @Nullable @Size(max = 100) String model,
      @Nullable @Size(max = 100) String deviceClass,
      @Nullable RiskLevel risk,
      @Nullable @Min(1) @Max(DeviceModel.MAX_INTERVAL_MONTHS) Integer pmIntervalMonths,
      @Nullable @Size(max = 4000) String pmProcedure,
      @Nullable Double replacementCost,
      @Nullable @Min(0) Long version,
      @Nullable Boolean remoteRecovery) {

    /** Whether the model's devices can be recovered over the network; false unless said so. */
    boolean recoversRemotely() {
      return Boolean.TRUE.equals(remoteRecovery);
    }

    DeviceModel toModel() {
      return DeviceModel.of(
          new DeviceModel(
              manufacturer,
              model,
              deviceClass,
              risk,
              pmIntervalMonths,
              pmProcedure,
              replacementCost == null ? null : BigDecimal.valueOf(replacementCost)));
    }
  }

  @Serdeable
  record ModelView(
      long id,
      String manufacturer,
      String model,
      String deviceClass,
      RiskLevel risk,
      @Nullable Integer pmIntervalMonths,
      @Nullable String pmProcedure,
      @Nullable BigDecimal replacementCost,
      long devices,
      long version,
      boolean remoteRecovery) {}

  /**
   * A device to create or change. {@code connected} defaults to false; {@code ipAddress} and {@code
   * macAddress} only for a connected device. The support contract names a vendor or one of the
   * hospital's engagements (an HTM partner), not both. {@code version} is required to change one.
   */
  @Serdeable
  record DeviceInput(
      @Nullable @Min(1) Long modelId,
      @Nullable @Size(max = 50) String assetTag,
      @Nullable @Size(max = 100) String serial,
      @Nullable @Size(max = 100) String site,
      @Nullable @Size(max = 100) String building,
      @Nullable @Size(max = 100) String unit,
      @Nullable @Size(max = 50) String room,
      @Nullable @Size(max = 100) String department,
      @Nullable DeviceStatus status,
      @Nullable Boolean connected,
      @Nullable @Size(max = 45) String ipAddress,
      @Nullable @Size(max = 17) String macAddress,
      @Nullable @Size(max = 100) String firmware,
      @Nullable @Size(max = 150) String contractVendor,
      @Nullable @Min(1) Long contractEngagementId,
      @Nullable LocalDate contractEndsOn,
      @Nullable LocalDate acquiredOn,
      @Nullable Double acquisitionCost,
      @Nullable LocalDate endOfSupport,
      @Nullable @Min(0) Long version) {

    /** The device as the rules see it; modelId 0 when missing (refused with the rest). */
    Device raw() {
      return new Device(
          modelId == null ? 0 : modelId,
          assetTag,
          serial,
          site,
          building,
          unit,
          room,
          department,
          status,
          Boolean.TRUE.equals(connected),
          ipAddress,
          macAddress,
          firmware,
          contractVendor,
          contractEngagementId,
          contractEndsOn,
          acquiredOn,
          acquisitionCost == null ? null : BigDecimal.valueOf(acquisitionCost),
          endOfSupport);
    }
  }

  @Serdeable
  record DeviceView(
      long id,
      long modelId,
      String manufacturer,
      String model,
      String deviceClass,
      RiskLevel risk,
      String assetTag,
      String serial,
      String site,
      @Nullable String building,
      @Nullable String unit,
      @Nullable String room,
      @Nullable String department,
      DeviceStatus status,
      boolean connected,
      @Nullable String ipAddress,
      @Nullable String macAddress,
      @Nullable String firmware,
      @Nullable String contractVendor,
      @Nullable Long contractEngagementId,
      @Nullable LocalDate contractEndsOn,
      @Nullable LocalDate acquiredOn,
      @Nullable BigDecimal acquisitionCost,
      @Nullable LocalDate endOfSupport,
      Instant createdAt,
      Instant updatedAt,
      long version) {}

  @Serdeable
  record Page<T>(List<T> items, int page, int size, long total) {}

  /** What became of one row of an import. */
  enum Outcome {
    CREATED,
    UPDATED,
    REFUSED
  }

  /** One data row of an imported file: line 1 is the header. */
  @Serdeable
  record ImportRow(
      int line,
      @Nullable String assetTag,
      Outcome outcome,
      @Nullable Long deviceId,
      List<Spreadsheet.RowError> problems) {}

  /** Every row's outcome, refused rows with their reasons; the others were written. */
  @Serdeable
  record ImportReport(int created, int updated, int refused, List<ImportRow> rows) {}
}
