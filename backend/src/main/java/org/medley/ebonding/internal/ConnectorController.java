package org.medley.ebonding.internal;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
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
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import java.net.URI;
import org.medley.identity.Caller;
import org.medley.identity.Role;
import org.medley.integrations.api.DeskKind;
import org.medley.platform.ApiDocs;
import org.medley.platform.Refused;

/**
 * Partner-desk connectors (admins): which desks Medley keeps its tickets in sync with, how it signs
 * in to each and how their statuses map. Secrets are written, never read back.
 */
@Controller("/api/integrations/connectors")
@Secured(Role.Names.ADMIN)
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "integrations")
@SecurityRequirement(name = "bearer")
@ApiDocs.Problems
class ConnectorController {

  private final ConnectorAdmin admin;
  private final ConnectorTests tests;

  ConnectorController(ConnectorAdmin admin, ConnectorTests tests) {
    this.admin = admin;
    this.tests = tests;
  }

  @Get
  @Operation(
      summary = "The hospital's partner-desk connectors, by name (paged)",
      description =
          "q: words in the name; kind: one protocol (a DeskKind name; the validator of the"
              + " contract test cannot read a nullable enum parameter, so it is declared as text).")
  ConnectorApi.Page list(
      Authentication authentication,
      @Nullable @QueryValue @Size(max = 120) String q,
      @Nullable @QueryValue @Size(max = 40) String kind,
      @QueryValue(defaultValue = "0") @Min(0) @Max(10_000) int page,
      @QueryValue(defaultValue = "50") @Min(1) @Max(200) int size) {
    return admin.list(Caller.of(authentication), q, kind(kind), page, size);
  }

  private static @Nullable DeskKind kind(@Nullable String name) {
    if (name == null || name.isBlank()) {
      return null;
    }
    try {
      return DeskKind.valueOf(name.strip());
    } catch (IllegalArgumentException e) {
      throw Refused.invalid(
          "kind", "must be one of " + java.util.Arrays.toString(DeskKind.values()));
    }
  }

  @Get("/{id}")
  @Operation(summary = "One connector (secrets only as secretSet / webhookSecretSet)")
  ConnectorApi.Connector get(Authentication authentication, long id) {
    return admin.get(Caller.of(authentication), id);
  }

  @Post
  @ApiDocs.Created
  @Status(HttpStatus.CREATED)
  @Operation(
      summary = "Add a partner-desk connector",
      description =
          "400 naming each malformed field (kind, name, baseUrl, the auth fields its type needs,"
              + " settings, statusMap); 409 naming name when another connector has it. refSystem"
              + " is derived from the name and never changes.")
  HttpResponse<ConnectorApi.Connector> create(
      Authentication authentication, @Body ConnectorApi.Input body) {
    ConnectorApi.Connector created = admin.create(Caller.of(authentication), body);
    return HttpResponse.created(
        created, URI.create("/api/integrations/connectors/" + created.id()));
  }

  @Put("/{id}")
  @Operation(
      summary = "Change a connector",
      description =
          "version is the one read (409 when someone changed it). Secrets left out or blank keep"
              + " the stored ones; webhookSecret \"\" removes it. The kind cannot change (400).")
  ConnectorApi.Connector change(
      Authentication authentication, long id, @Body ConnectorApi.Input body) {
    return admin.change(Caller.of(authentication), id, body);
  }

  @Delete("/{id}")
  @Status(HttpStatus.NO_CONTENT)
  @Operation(
      summary = "Delete a connector",
      description =
          "version is the one read (409 when someone changed it). 409 while an active or planned"
              + " engagement names it as its partner desk. The connector is kept for the history"
              + " of the tickets it synced, with its secrets wiped.")
  HttpResponse<Void> delete(
      Authentication authentication, long id, @QueryValue @Min(0) long version) {
    admin.delete(Caller.of(authentication), id, version);
    return HttpResponse.noContent();
  }

  @Post("/{id}/test")
  @Operation(
      summary = "Test the connection: reach the desk and sign in with the stored credentials",
      description = "Answers 200 whether or not the desk could be reached; ok says which.")
  ConnectorApi.TestResult test(Authentication authentication, long id) {
    return tests.test(Caller.of(authentication), id);
  }
}
