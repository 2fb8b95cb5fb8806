package org.medley.vendor.internal;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.annotation.Status;
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
import jakarta.validation.constraints.Size;
import java.net.URI;
import org.medley.identity.Caller;
import org.medley.identity.Role;
import org.medley.platform.ApiDocs;

/**
 * The hospital's vendor directory: the vendors it escalates to, how a case reaches each, how their
 * case numbers look, the case mail's templates and the people to call. Admins change it; agents and
 * leaders read it.
 */
@Controller("/api/vendors")
@Secured({Role.Names.ADMIN, Role.Names.AGENT, Role.Names.IT_LEADER})
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "vendors")
@SecurityRequirement(name = "bearer")
@ApiDocs.Problems
class VendorController {

  private final VendorDirectory directory;

  VendorController(VendorDirectory directory) {
    this.directory = directory;
  }

  @Get
  @Operation(summary = "The hospital's vendors, by name (paged); q: words in the name")
  Vendors.Page<Vendors.Vendor> listVendors(
      Authentication authentication,
      @Nullable @QueryValue @Size(max = 200) String q,
      @QueryValue(defaultValue = "0") @Min(0) @Max(10_000) int page,
      @QueryValue(defaultValue = "20") @Min(1) @Max(100) int size) {
    return directory.list(Caller.of(authentication).tenantId(), q, page, size);
  }

  @Get("/{id}")
  @Operation(summary = "One vendor of the hospital's directory")
  Vendors.Vendor vendor(Authentication authentication, long id) {
    return directory.get(Caller.of(authentication).tenantId(), id);
  }

  @Post
  @Secured(Role.Names.ADMIN)
  @ApiDocs.Created
  @Status(HttpStatus.CREATED)
  @Operation(
      summary = "Add a vendor to the hospital's directory, by name",
      description =
          "A vendor another hospital already works with is the same organisation. 409 when the"
              + " directory lists it already, or when a partner or a hospital has the name.")
  HttpResponse<Vendors.Vendor> addVendor(
      Authentication authentication, @Body @Valid Vendors.NewVendor body) {
    Vendors.Vendor added = directory.add(Caller.of(authentication), body);
    return HttpResponse.created(added, URI.create("/api/vendors/" + added.id()));
  }

  @Put("/{id}")
  @Secured(Role.Names.ADMIN)
  @Operation(
      summary = "Change how cases reach a vendor (all of it, with the version read), audited",
      description =
          "channel EMAIL needs caseEmail; CONNECTOR needs connectorId, one of the hospital's desk"
              + " connectors (the case is opened in the vendor's desk, its id is the case number,"
              + " and the desk's answers come back as notes). casePattern is a Java regular"
              + " expression finding the"
              + " vendor's case number in its answer (group 1 if it has one). Templates take"
              + " {{number}}, {{title}}, {{description}}, {{application}}, {{priority}},"
              + " {{hospital}}, {{vendor}}, {{agent}} and {{caseNumber}}; blank restores the"
              + " default. 400 names each malformed field, 409 a stale version.")
  Vendors.Vendor changeVendor(
      Authentication authentication, long id, @Body @Valid Vendors.Change body) {
    return directory.change(Caller.of(authentication), id, body);
  }

  @Get("/{id}/audit")
  @Operation(summary = "Who changed the vendor's set-up, and what; newest first")
  Vendors.Page<Vendors.AuditEntry> vendorAudit(
      Authentication authentication,
      long id,
      @QueryValue(defaultValue = "0") @Min(0) @Max(10_000) int page,
      @QueryValue(defaultValue = "20") @Min(1) @Max(100) int size) {
    return directory.audit(Caller.of(authentication).tenantId(), id, page, size);
  }
}
