package org.medley.device.internal;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.medley.identity.Caller;
import org.medley.identity.Role;
import org.medley.platform.ApiDocs;
import org.medley.platform.Spreadsheet;

/**
 * The replacement plan for capital planning. Leaders, administrators and executives read the
 * hospital's; an HTM partner's people the devices their engagement supports ({@link DeviceAccess});
 * the desk's agents and end users none.
 */
@Controller("/api/devices/replacement-plan")
@Secured({
  Role.Names.ADMIN,
  Role.Names.IT_LEADER,
  Role.Names.EXECUTIVE,
  Role.Names.PARTNER_AGENT,
  Role.Names.PARTNER_MANAGER
})
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "devices")
@SecurityRequirement(name = "bearer")
@ApiDocs.Problems
class ReplacementController {

  static final String DAY = "^[0-9]{4}-[0-9]{2}-[0-9]{2}$";

  private final ReplacementPlan plan;

  ReplacementController(ReplacementPlan plan) {
    this.plan = plan;
  }

  @Get
  @Operation(
      summary = "Devices in service ranked for replacement, with the figures behind each rank",
      description =
          "Score 0–100 (docs/decisions.md, 'Replacement plan score'): age over a 10-year service"
              + " life (25), end of support past or within a year (25), repair cost over"
              + " replacement cost (25), share of time down (15), corrective orders per year (10)."
              + " Repair cost is the labour (at the hospital's rate) and parts of corrective orders"
              + " opened in the period; replacement"
              + " cost the model's, else what the device cost. Costs, downtime and orders count"
              + " from `from` to `to` (local days, both included; by default the last 365 days, at"
              + " most three years), from acquisition when later. Also uptime per model and 'could"
              + " not duplicate' outcomes per model and unit (a training signal).")
  ReplacementApi.Plan replacementPlan(
      Authentication authentication,
      @Nullable @QueryValue @Size(max = 100) String site,
      @Nullable @QueryValue @Size(max = 100) String deviceClass,
      @Nullable @QueryValue @Min(1) Long modelId,
      @Parameter(example = "2025-07-01") @Nullable @QueryValue @Pattern(regexp = DAY) String from,
      @Parameter(example = "2026-06-30") @Nullable @QueryValue @Pattern(regexp = DAY) String to,
      @QueryValue(defaultValue = "0") @Min(0) @Max(100_000) int page,
      @QueryValue(defaultValue = "50") @Min(1) @Max(200) int size) {
    return plan.plan(
        Caller.of(authentication), filter(site, deviceClass, modelId), from, to, page, size);
  }

  @Get(
      value = "/export",
      produces = {DeviceController.CSV, MediaType.APPLICATION_JSON})
  @ApiResponse(
      responseCode = "200",
      description = "The whole ranked plan as a CSV attachment (UTF-8)",
      content =
          @Content(
              mediaType = DeviceController.CSV,
              schema = @Schema(type = "string", format = "binary")))
  @Operation(summary = "The replacement plan as CSV, filtered like the plan (no paging)")
  HttpResponse<byte[]> exportReplacementPlan(
      Authentication authentication,
      @Nullable @QueryValue @Size(max = 100) String site,
      @Nullable @QueryValue @Size(max = 100) String deviceClass,
      @Nullable @QueryValue @Min(1) Long modelId,
      @Nullable @QueryValue @Pattern(regexp = DAY) String from,
      @Nullable @QueryValue @Pattern(regexp = DAY) String to) {
    byte[] file = plan.csv(Caller.of(authentication), filter(site, deviceClass, modelId), from, to);
    return HttpResponse.ok(file)
        .contentType(Spreadsheet.Format.CSV.mediaType)
        .header("Content-Disposition", "attachment; filename=\"medley-replacement-plan.csv\"");
  }

  private static ReplacementStore.Filter filter(
      @Nullable String site, @Nullable String deviceClass, @Nullable Long modelId) {
    return new ReplacementStore.Filter(blank(site), blank(deviceClass), modelId);
  }

  static @Nullable String blank(@Nullable String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }
}
