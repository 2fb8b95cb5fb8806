package org.medley.device.internal;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.http.annotation.Status;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.List;
import org.medley.identity.Caller;
import org.medley.identity.Role;
import org.medley.platform.ApiDocs;

/**
 * The hospital's device models. The desk and partners read them; IT leaders and administrators
 * (biomed's leads among them) keep them.
 */
@Controller("/api/device-models")
@Secured({
  Role.Names.ADMIN,
  Role.Names.IT_LEADER,
  Role.Names.AGENT,
  Role.Names.EXECUTIVE,
  Role.Names.PARTNER_AGENT,
  Role.Names.PARTNER_MANAGER
})
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "devices")
@SecurityRequirement(name = "bearer")
@ApiDocs.Problems
class DeviceModelController {

  private final DeviceService devices;

  DeviceModelController(DeviceService devices) {
    this.devices = devices;
  }

  @Get
  @Operation(summary = "The hospital's device models by manufacturer and model, with device counts")
  List<DeviceApi.ModelView> listModels(Authentication authentication) {
    return devices.models(Caller.of(authentication));
  }

  @Post
  @ApiDocs.Created
  @Status(HttpStatus.CREATED)
  @Secured({Role.Names.ADMIN, Role.Names.IT_LEADER})
  @Operation(
      summary =
          "Add a device model; a high-risk or life-support model needs pmIntervalMonths, and a"
              + " manufacturer's model is recorded once (409)")
  HttpResponse<DeviceApi.ModelView> createModel(
      Authentication authentication, @Body @Valid DeviceApi.ModelInput body) {
    var created = devices.createModel(Caller.of(authentication), body);
    return HttpResponse.created(created, URI.create("/api/device-models/" + created.id()));
  }

  @Put("/{id}")
  @Secured({Role.Names.ADMIN, Role.Names.IT_LEADER})
  @Operation(summary = "Change a device model; `version` must be the one last read (409 if not)")
  DeviceApi.ModelView updateModel(
      Authentication authentication, long id, @Body @Valid DeviceApi.ModelInput body) {
    return devices.updateModel(Caller.of(authentication), id, body);
  }
}
