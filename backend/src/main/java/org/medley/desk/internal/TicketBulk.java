package org.medley.desk.internal;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.exceptions.HttpStatusException;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import org.medley.desk.internal.TicketViews.TicketView;
import org.medley.identity.Caller;
import org.medley.platform.Refused;

/**
 * Bulk edit from the queue: the same change applied to up to {@link #MAX} tickets, each in its own
 * transaction through the single-ticket use case, so one stale or refused ticket leaves the others
 * done. A ticket the caller cannot see is reported as not found and nothing more.
 */
@Singleton
class TicketBulk {

  /** A page of the queue and then some; more is a script, which should page through. */
  static final int MAX = 100;

  private static final Ticket.Edit NO_FIELDS =
      new Ticket.Edit(null, null, null, null, null, null, null, null);

  private final TicketChanges changes;
  private final TicketLinks links;

  TicketBulk(TicketChanges changes, TicketLinks links) {
    this.changes = changes;
    this.links = links;
  }

  @Serdeable
  enum Action {
    ASSIGN,
    CHANGE_GROUP,
    RESOLVE_DUPLICATE
  }

  @Serdeable
  enum Outcome {
    DONE,
    STALE,
    REFUSED,
    NOT_FOUND
  }

  record Edit(
      Action action,
      @Nullable Long groupId,
      @Nullable Long assigneeId,
      @Nullable Long duplicateOf,
      Map<Long, Long> versions) {}

  /** What happened to one ticket; {@code number} and {@code version} only for a ticket seen. */
  @Serdeable
  record Result(
      long ticketId,
      Outcome outcome,
      @Nullable String number,
      @Nullable Long version,
      @Nullable String reason) {}

  @Serdeable
  record Summary(int done, int failed, List<Result> results) {}

  Summary apply(Caller caller, List<Long> ticketIds, Edit edit) {
    check(edit);
    List<Result> results = new ArrayList<>();
    for (long id : new LinkedHashSet<>(ticketIds)) {
      results.add(one(caller, id, edit));
    }
    int done = (int) results.stream().filter(r -> r.outcome() == Outcome.DONE).count();
    return new Summary(done, results.size() - done, results);
  }

  private Result one(Caller caller, long id, Edit edit) {
    Long version = edit.versions().get(id);
    try {
      TicketView ticket =
          switch (edit.action()) {
            case ASSIGN ->
                changes.update(
                    caller,
                    id,
                    new TicketChanges.Patch(
                        version, NO_FIELDS, edit.groupId(), edit.assigneeId(), false));
            case CHANGE_GROUP ->
                changes.update(
                    caller,
                    id,
                    new TicketChanges.Patch(version, NO_FIELDS, edit.groupId(), null, false));
            case RESOLVE_DUPLICATE -> links.merge(caller, id, edit.duplicateOf(), version);
          };
      return new Result(id, Outcome.DONE, ticket.number(), ticket.version(), null);
    } catch (StaleTicket stale) {
      return new Result(id, Outcome.STALE, null, stale.currentVersion(), stale.getMessage());
    } catch (Refused refused) {
      return new Result(id, Outcome.REFUSED, null, null, refused.getMessage());
    } catch (HttpStatusException e) {
      if (e.getStatus() == HttpStatus.NOT_FOUND) {
        return new Result(id, Outcome.NOT_FOUND, null, null, "No such ticket.");
      }
      return new Result(id, Outcome.REFUSED, null, null, e.getMessage());
    }
  }

  /** Fields the action needs, checked once for the whole request (400 naming the field). */
  private static void check(Edit edit) {
    switch (edit.action()) {
      case ASSIGN -> {
        if (edit.assigneeId() == null) {
          throw Refused.invalid("assigneeId", "name the person to assign the tickets to");
        }
      }
      case CHANGE_GROUP -> {
        if (edit.groupId() == null) {
          throw Refused.invalid("groupId", "name the group to move the tickets to");
        }
        if (edit.assigneeId() != null) {
          throw Refused.invalid(
              "assigneeId", "CHANGE_GROUP leaves the tickets unassigned: use ASSIGN");
        }
      }
      case RESOLVE_DUPLICATE -> {
        if (edit.duplicateOf() == null) {
          throw Refused.invalid("duplicateOf", "name the ticket the others duplicate");
        }
      }
    }
  }
}
