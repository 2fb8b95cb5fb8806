package org.medley.desk.internal;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Status;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.net.URI;
import org.medley.desk.internal.TmfViews.EventSubscription;
import org.medley.identity.Accounts;
import org.medley.identity.Caller;
import org.medley.identity.Role;
import org.medley.platform.ApiDocs;

/**
 * The TMF621 hub: a partner's desk registers the listener it wants told of changes to the tickets
 * its groups hold ({@code TroubleTicketCreateEvent} when one arrives in its group, {@code
 * TroubleTicketStateChangeEvent}, {@code TroubleTicketAttributeValueChangeEvent}), and removes it.
 * See {@link TmfEvents} for what is sent.
 */
@Controller(TmfTicketViews.BASE + "/hub")
@Secured(Role.Names.PARTNER_AGENT)
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "tmf621")
@SecurityRequirement(name = "bearer")
@ApiDocs.Problems
class TmfHubController {

  private final TmfListeners listeners;
  private final Accounts accounts;

  TmfHubController(TmfListeners listeners, Accounts accounts) {
    this.listeners = listeners;
    this.accounts = accounts;
  }

  @Serdeable
  record Registration(
      @NotBlank @Size(max = 2000) String callback, @Nullable @Size(max = 1000) String query) {}

  @Post
  @ApiDocs.Created
  @Status(HttpStatus.CREATED)
  @Operation(
      summary = "TMF621: register a listener for trouble ticket events",
      description =
          "callback: an absolute http(s) URL the events are POSTed to ({eventId, eventTime,"
              + " eventType, event: {troubleTicket}}; eventId repeats when a delivery is retried)."
              + " query may narrow the events: eventType=TroubleTicketStateChangeEvent. A partner"
              + " registers at most medley.desk.tmf.hub.max-listeners (5) listeners (409 beyond).")
  HttpResponse<EventSubscription> register(
      Authentication authentication, @Body @Valid Registration body) {
    Caller caller = Caller.of(authentication);
    TmfListeners.Listener listener =
        listeners.register(caller, accounts.accountId(caller), body.callback(), body.query());
    EventSubscription created =
        new EventSubscription(String.valueOf(listener.id()), listener.callback(), listener.query());
    return HttpResponse.created(created, URI.create(TmfTicketViews.BASE + "/hub/" + listener.id()));
  }

  @Delete("/{id}")
  @Status(HttpStatus.NO_CONTENT)
  @Operation(summary = "TMF621: remove a listener of the caller's organisation")
  void remove(Authentication authentication, long id) {
    listeners.remove(Caller.of(authentication), id);
  }
}
