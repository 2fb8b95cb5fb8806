package org.medley.desk.internal;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.annotation.Status;
import io.micronaut.http.exceptions.HttpStatusException;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.time.Clock;
import java.util.List;
import org.medley.identity.Accounts;
import org.medley.identity.Caller;
import org.medley.identity.PhiClearance;
import org.medley.platform.ApiDocs;

/** Support groups with their members, and the caller's in-app notifications. */
@Controller("/api")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "desk")
@SecurityRequirement(name = "bearer")
@ApiDocs.Problems
class DeskController {

  private final GroupDirectory groups;
  private final Notifications notifications;
  private final Accounts accounts;
  private final Clock clock;
  private final PhiClearance phiClearance;

  DeskController(
      GroupDirectory groups,
      Notifications notifications,
      Accounts accounts,
      Clock clock,
      PhiClearance phiClearance) {
    this.phiClearance = phiClearance;
    this.groups = groups;
    this.notifications = notifications;
    this.accounts = accounts;
    this.clock = clock;
  }

  @Get("/support-groups")
  @Operation(summary = "Support groups the caller works with, by tier")
  List<TicketViews.GroupView> groups(Authentication authentication) {
    return groups.groups(Caller.of(authentication));
  }

  @Get("/support-groups/{id}/members")
  @Operation(summary = "A group's members with their open tickets, for assignment")
  List<TicketViews.MemberView> members(Authentication authentication, long id) {
    return groups.members(Caller.of(authentication), id);
  }

  @Get("/notifications")
  @Operation(summary = "The caller's latest notifications and how many are unread")
  Notifications.NotificationPage notifications(
      Authentication authentication, @QueryValue(defaultValue = "20") @Min(1) @Max(100) int limit) {
    Caller caller = Caller.of(authentication);
    var page = notifications.mine(accounts.accountId(caller), limit);
    if (phiClearance.readsPhi(caller)) {
      return page;
    }
    // Messages quote ticket titles: a partner without an agreement reads them filtered too.
    return new Notifications.NotificationPage(
        page.items().stream()
            .map(n -> n.withMessage(phiClearance.filter(caller.tenantId()).apply(n.message())))
            .toList(),
        page.unread());
  }

  @Post("/notifications/{id}/read")
  @Status(HttpStatus.NO_CONTENT)
  @Operation(summary = "Mark one of the caller's notifications read")
  void read(Authentication authentication, long id) {
    long me = accounts.accountId(Caller.of(authentication));
    if (!notifications.markRead(me, id, clock.instant())) {
      throw new HttpStatusException(HttpStatus.NOT_FOUND, "No such notification.");
    }
  }

  @Post("/notifications/read-all")
  @Status(HttpStatus.NO_CONTENT)
  @Operation(
      summary = "Mark the caller's notifications read",
      description =
          "All of them, or with ticketId only those about that ticket (the caller opened it)."
              + " Other people's notifications are never touched.")
  void readAll(Authentication authentication, @Nullable @QueryValue @Min(1) Long ticketId) {
    notifications.markAllRead(
        accounts.accountId(Caller.of(authentication)), ticketId, clock.instant());
  }
}
