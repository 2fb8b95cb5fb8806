package org.medley.identity.internal;

import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Put;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.medley.identity.Caller;
import org.medley.identity.Role;
import org.medley.platform.ApiDocs;

/**
 * The hospital's settings: its name, its time zone (the one home of "the hospital's zone"), the
 * reopen window, the names the minimum-necessary filter masks, the support e-mail address and the
 * default business calendar.
 */
@Controller("/api/organization")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured(Role.Names.ADMIN)
@Tag(name = "identity")
@SecurityRequirement(name = "bearer")
@ApiDocs.Problems
class OrganizationController {

  private final HospitalSettings settings;
  private final StoredHospitals hospitals;

  OrganizationController(HospitalSettings settings, StoredHospitals hospitals) {
    this.settings = settings;
    this.hospitals = hospitals;
  }

  @Get
  @Operation(summary = "The hospital's settings, with the version a change must carry")
  HospitalSettings.Settings settings(Authentication authentication) {
    return settings.read(Caller.of(authentication));
  }

  @Put
  @Operation(
      summary = "Change the hospital's settings (all of them, with the version read), audited",
      description =
          "Contract dates and compliance reports are judged in the hospital's time zone (IANA)."
              + " `reopenWindow` is an ISO-8601 duration from PT0S to P90D; `maskedNames` are"
              + " masked in what partners without a business associate agreement read. Other"
              + " nodes see a change within 30 seconds. 400 names each malformed field; 409 a"
              + " stale `version` or a name another organisation has; 422 a calendar that is not"
              + " the hospital's.")
  HospitalSettings.Settings changeSettings(
      Authentication authentication, @Body @Valid HospitalSettings.Change body) {
    Caller caller = Caller.of(authentication);
    HospitalSettings.Settings changed = settings.change(caller, body);
    // After the commit: a read between an earlier forget and the commit would cache the old row.
    hospitals.forget(caller.tenantId());
    return changed;
  }

  @Get("/audit")
  @Operation(summary = "Who changed the hospital's settings, and what; newest first")
  HospitalSettings.AuditPage audit(
      Authentication authentication,
      @QueryValue(defaultValue = "0") @Min(0) @Max(100_000) int page,
      @QueryValue(defaultValue = "20") @Min(1) @Max(100) int size) {
    return settings.audit(Caller.of(authentication), page, size);
  }
}
