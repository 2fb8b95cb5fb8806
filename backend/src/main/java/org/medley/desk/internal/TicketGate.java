package org.medley.desk.internal;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.exceptions.HttpStatusException;
import jakarta.inject.Singleton;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.medley.coverage.StaffDirectory;
import org.medley.identity.Accounts;
import org.medley.identity.Caller;
import org.medley.identity.MinimumNecessary;
import org.medley.identity.PhiAccessLog;
import org.medley.identity.PhiClearance;
import org.medley.identity.PhiOutbound;

/**
 * The way in to one ticket for every desk use case: who the caller is to it, whether it may see or
 * work it, what text it reads (masked for a partner without a business associate agreement), and
 * the log of each read of patient information. The role-level answers live in {@link TicketAccess};
 * this class adds what needs the database (which partner holds the ticket).
 */
@Singleton
class TicketGate {

  /** Why a caller who may see a ticket may not work it. */
  static final String NOT_WORKED = "You can follow this ticket but not work on it.";

  private final TicketStore store;
  private final SupportGroupStore groups;
  private final Accounts accounts;
  private final StaffDirectory staff;
  private final PhiClearance phiClearance;
  private final PhiAccessLog phiAccess;

  TicketGate(
      TicketStore store,
      SupportGroupStore groups,
      Accounts accounts,
      StaffDirectory staff,
      PhiClearance phiClearance,
      PhiAccessLog phiAccess) {
    this.store = store;
    this.groups = groups;
    this.accounts = accounts;
    this.staff = staff;
    this.phiClearance = phiClearance;
    this.phiAccess = phiAccess;
  }

  /**
   * Who calls, what they may see, and, for a partner without a business associate agreement, the
   * minimum-necessary filter every ticket text passes on its way to them.
   */
  record Context(
      Caller caller,
      TicketAccess access,
      Actor actor,
      @Nullable MinimumNecessary mask,
      @Nullable PhiOutbound.Payload outbound) {

    Context(Caller caller, TicketAccess access, Actor actor, @Nullable MinimumNecessary mask) {
      this(caller, access, actor, mask, null);
    }

    /**
     * The text as this reader may read it; for a reader outside the hospital ({@code outbound}: a
     * partner's desk told by the TMF621 hub) through its outbound payload, which counts what it
     * removes for the log.
     */
    String shown(@Nullable String text) {
      if (outbound != null) {
        return outbound.text(text);
      }
      return mask == null ? text : mask.apply(text);
    }

    List<String> phiFields(String... fields) {
      return mask == null
          ? List.of(fields)
          : Arrays.stream(fields).map(field -> field + " (masked)").toList();
    }

    /** Where a read of patient information came from, as the PHI access log names it. */
    String channel() {
      return access.channel();
    }
  }

  /** Who is calling, resolved once per request. */
  Context context(Caller caller) {
    long account = accounts.accountId(caller);
    Long staffId = staff.staffIdOf(caller.tenantId(), account).orElse(null);
    TicketAccess access = TicketAccess.of(caller, account);
    // Leaders and executives look at tickets to understand figures: patient details are not the
    // minimum necessary for that, whoever's ticket it is (their own requests read masked too).
    boolean masked = access.oversight() || !phiClearance.readsPhi(caller);
    return new Context(
        caller,
        access,
        new Actor(account, caller.displayName(), staffId),
        masked ? phiClearance.filter(caller.tenantId()) : null);
  }

  /** The ticket, if the caller may see it; a ticket it may not see does not exist for it (404). */
  Ticket visible(Context context, long id) {
    return seen(context, id)
        .orElseThrow(() -> new HttpStatusException(HttpStatus.NOT_FOUND, "No such ticket."));
  }

  Optional<Ticket> seen(Context context, long id) {
    return store
        .find(context.caller().tenantId(), id)
        .filter(
            ticket ->
                context
                    .access()
                    .canSee(
                        ticket,
                        context.access().partner()
                            && store.heldBy(id, context.caller().organizationId())));
  }

  /** The ticket, if the caller may see it and work it; {@code refusal} says why not (403). */
  Ticket workable(Context context, long id, String refusal) {
    Ticket ticket = visible(context, id);
    if (!canWork(context, ticket)) {
      throw new HttpStatusException(HttpStatus.FORBIDDEN, refusal);
    }
    return ticket;
  }

  boolean canWork(Context context, Ticket ticket) {
    return context.access().canWork(ticket, currentlyHeld(context, ticket));
  }

  private boolean currentlyHeld(Context context, Ticket ticket) {
    if (!context.access().partner() || ticket.groupId() == null) {
      return false;
    }
    return groups
        .group(ticket.tenantId(), ticket.groupId())
        .map(g -> Objects.equals(g.partnerId(), context.caller().organizationId()))
        .orElse(false);
  }

  /** Logs that the caller read these fields of a ticket, when it carries patient information. */
  void logRead(Context context, Ticket ticket, String... fields) {
    if (ticket.phi()) {
      logReads(
          context,
          List.of(new PhiAccessLog.Read(ticket.id(), ticket.number(), context.phiFields(fields))));
    }
  }

  void logReads(Context context, List<PhiAccessLog.Read> reads) {
    phiAccess.record(context.caller(), context.channel(), reads);
  }
}
