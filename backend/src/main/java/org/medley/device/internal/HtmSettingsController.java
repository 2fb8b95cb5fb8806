package org.medley.device.internal;

import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Put;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.List;
import org.medley.identity.Caller;
import org.medley.identity.Role;
import org.medley.platform.ApiDocs;

/**
 * How the hospital runs its device work: which support groups do biomed and IT device work, the
 * labour rate repairs are costed at, and each clinical unit's busy hours.
 */
@Controller("/api")
@Secured({Role.Names.ADMIN, Role.Names.IT_LEADER, Role.Names.AGENT})
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "work orders")
@SecurityRequirement(name = "bearer")
@ApiDocs.Problems
class HtmSettingsController {

  private final WorkOrderService orders;

  HtmSettingsController(WorkOrderService orders) {
    this.orders = orders;
  }

  @Get("/htm/settings")
  @Operation(summary = "The biomed and IT groups of device work, and the labour rate per hour")
  WorkOrderApi.Settings getHtmSettings(Authentication authentication) {
    return orders.settings(Caller.of(authentication));
  }

  @Put("/htm/settings")
  @Secured({Role.Names.ADMIN, Role.Names.IT_LEADER})
  @Operation(summary = "Set the biomed and IT groups (the hospital's) and the labour rate")
  WorkOrderApi.Settings putHtmSettings(
      Authentication authentication, @Body @Valid WorkOrderApi.Settings body) {
    return orders.saveSettings(Caller.of(authentication), body);
  }

  @Get("/clinical-units")
  @Operation(summary = "The clinical units with busy hours, by site and unit")
  List<WorkOrderApi.ClinicalUnit> listClinicalUnits(Authentication authentication) {
    return orders.units(Caller.of(authentication));
  }

  @Put("/clinical-units")
  @Secured({Role.Names.ADMIN, Role.Names.IT_LEADER})
  @Operation(
      summary =
          "Set a unit's busy hours (one of the hospital's calendars, whose open times are the"
              + " unit's clinical use); busyCalendarId null: never busy")
  WorkOrderApi.ClinicalUnit putClinicalUnit(
      Authentication authentication, @Body @Valid WorkOrderApi.ClinicalUnit body) {
    return orders.saveUnit(Caller.of(authentication), body);
  }
}
