package org.medley.device.internal;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.medley.device.PmTimeliness;
import org.medley.device.WorkOrderKind;
import org.medley.device.WorkOrderStatus;

/** The JSON shapes of {@code /api/work-orders}, {@code /api/clinical-units} and HTM settings. */
final class WorkOrderApi {

  private WorkOrderApi() {}

  /** The device a work order is about, as a technician needs it to find the device. */
  @Serdeable
  record DeviceRef(
      long id,
      String assetTag,
      String manufacturer,
      String model,
      String deviceClass,
      String site,
      @Nullable String unit,
      @Nullable String room) {}

  /**
   * One line of a checklist: the procedure's item and, once done, its result (PASS, FAIL or NA) and
   * any reading taken.
   */
  @Serdeable
  record Check(
      @Nullable @Size(max = 300) String item,
      @Nullable CheckResult result,
      @Nullable @Size(max = 100) String reading) {}

  enum CheckResult {
    PASS,
    FAIL,
    NA
  }

  @Serdeable
  record WorkOrderView(
      long id,
      String number,
      WorkOrderKind kind,
      WorkOrderStatus status,
      String summary,
      DeviceRef device,
      @Nullable Long ticketId,
      @Nullable String ticketNumber,
      @Nullable Long advisoryId,
      @Nullable Long groupId,
      @Nullable String groupName,
      @Nullable Long assigneeId,
      @Nullable String assigneeName,
      @Nullable LocalDate dueOn,
      @Nullable LocalDate windowEndsOn,
      @Nullable PmTimeliness timeliness,
      boolean overdue,
      @Nullable Instant plannedStart,
      @Nullable Instant plannedEnd,
      boolean inBusyHours,
      boolean deviceDown,
      Instant openedAt,
      @Nullable Instant completedAt,
      @Nullable Long completedById,
      @Nullable String completedByName,
      @Nullable Integer laborMinutes,
      @Nullable BigDecimal partsCost,
      @Nullable String parts,
      List<Check> checklist,
      @Nullable String note,
      @Nullable String reason,
      long version) {}

  @Serdeable
  record Page<T>(List<T> items, int page, int size, long total) {}

  /**
   * A fault reported on a device: by its id or its asset tag (typed or scanned), optionally with
   * the desk ticket that reported it (by number). {@code deviceDown}: the device is taken out of
   * use until the work is done.
   */
  @Serdeable
  record CorrectiveInput(
      @Nullable @Min(1) Long deviceId,
      @Nullable @Size(max = 50) String assetTag,
      @Nullable @Size(max = 20) String ticketNumber,
      @Nullable @Size(max = 200) String summary,
      @Nullable Boolean deviceDown,
      @Nullable @Min(1) Long assigneeId,
      @Nullable LocalDate dueOn) {}

  /**
   * The work done. {@code outcome} DONE, or COULD_NOT_DUPLICATE for corrective work whose fault did
   * not show. Preventive work gives a result for each item of the model's procedure; a late one
   * says why ({@code reason}). Remediation may record the {@code firmware} the device now runs.
   */
  @Serdeable
  record CompletionInput(
      @Nullable WorkOrderStatus outcome,
      @Nullable Instant completedAt,
      @Nullable @Min(1) Long completedById,
      @Nullable @Min(0) @Max(10_000) Integer laborMinutes,
      @Nullable BigDecimal partsCost,
      @Nullable @Size(max = 1000) String parts,
      @Nullable @Size(max = 200) List<@Valid Check> checklist,
      @Nullable @Size(max = 2000) String note,
      @Nullable @Size(max = 500) String reason,
      @Nullable @Size(max = 100) String firmware,
      @Nullable @Min(0) Long version) {}

  @Serdeable
  record CancelInput(@Nullable @Size(max = 500) String reason, @Nullable @Min(0) Long version) {}

  @Serdeable
  record AssignInput(@Nullable @Min(1) Long assigneeId, @Nullable @Min(0) Long version) {}

  /** Due and overdue counts of one site or technician. */
  @Serdeable
  record Workload(@Nullable Long id, String name, long overdue, long dueThisWeek, long open) {}

  @Serdeable
  record Summary(List<Workload> sites, List<Workload> technicians) {}

  /** What one planning run did. */
  @Serdeable
  record PlanResult(
      LocalDate through,
      int devices,
      int created,
      int alreadyPlanned,
      int inBusyHours,
      int noSlot) {}

  @Serdeable
  record PlanInput(@Nullable LocalDate through) {}

  /**
   * The support groups of device work, when technicians do planned work ({@code workCalendarId};
   * null: the biomed group's calendar, or weekdays 08:00-17:00 without one) and the labour rate per
   * hour that repairs are costed at.
   */
  @Serdeable
  record Settings(
      @Nullable @Min(1) Long biomedGroupId,
      @Nullable @Min(1) Long itGroupId,
      @Nullable @Min(1) Long workCalendarId,
      @Nullable BigDecimal laborRate) {}

  @Serdeable
  record ClinicalUnit(
      @Nullable @Size(max = 100) String site,
      @Nullable @Size(max = 100) String unit,
      @Nullable @Min(1) Long busyCalendarId) {}
}
