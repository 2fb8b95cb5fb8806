package org.medley.desk.internal;

import io.micronaut.core.annotation.Nullable;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.medley.coverage.Tier;
import org.medley.desk.PendingReason;
import org.medley.desk.Priority;
import org.medley.desk.PriorityMatrix;
import org.medley.desk.ResolutionCode;
import org.medley.desk.TicketSnapshot;
import org.medley.desk.TicketStatus;
import org.medley.desk.TicketType;
import org.medley.identity.ReopenWindow;
import org.medley.platform.Refused;

/**
 * A ticket and its rules. Every change goes through a method here that checks the lifecycle and
 * returns the audit lines it caused; a refused change throws {@link Refused} and leaves the ticket
 * as it was.
 */
final class Ticket {

  private final Long id;
  private final long tenantId;
  private final String number;
  private TicketType type;
  private String title;
  private String description;
  private final long applicationId;
  private int impact;
  private int urgency;
  private Priority priority;
  private TicketStatus status;
  private PendingReason pendingReason;
  private Tier tier;
  private Long groupId;
  private Long assigneeId;
  private final long requesterId;
  private boolean phi;
  private final long version;
  private final Instant createdAt;
  private Instant updatedAt;
  private Instant resolvedAt;
  private Instant closedAt;
  private ResolutionCode resolutionCode;
  private String resolution;
  private Instant firstResponseAt;
  private int reopenCount;
  private Integer csatRating;
  private String csatComment;
  private final int affectedUsers;
  private final Instant slaDueAt;

  Ticket(
      Long id,
      long tenantId,
      String number,
      TicketType type,
      String title,
      String description,
      long applicationId,
      int impact,
      int urgency,
      TicketStatus status,
      @Nullable PendingReason pendingReason,
      Tier tier,
      @Nullable Long groupId,
      @Nullable Long assigneeId,
      long requesterId,
      boolean phi,
      long version,
      Instant createdAt,
      Instant updatedAt,
      @Nullable Instant resolvedAt,
      @Nullable Instant closedAt,
      @Nullable ResolutionCode resolutionCode,
      @Nullable String resolution,
      @Nullable Instant firstResponseAt,
      int reopenCount,
      @Nullable Integer csatRating,
      @Nullable String csatComment,
      int affectedUsers,
      @Nullable Instant slaDueAt) {
    this.id = id;
    this.tenantId = tenantId;
    this.number = number;
    this.type = type;
    this.title = title;
    this.description = description;
    this.applicationId = applicationId;
    this.impact = impact;
    this.urgency = urgency;
    this.priority = PriorityMatrix.priorityOf(impact, urgency);
    this.status = status;
    this.pendingReason = pendingReason;
    this.tier = tier;
    this.groupId = groupId;
    this.assigneeId = assigneeId;
    this.requesterId = requesterId;
    this.phi = phi;
    this.version = version;
    this.createdAt = createdAt;
    this.updatedAt = updatedAt;
    this.resolvedAt = resolvedAt;
    this.closedAt = closedAt;
    this.resolutionCode = resolutionCode;
    this.resolution = resolution;
    this.firstResponseAt = firstResponseAt;
    this.reopenCount = reopenCount;
    this.csatRating = csatRating;
    this.csatComment = csatComment;
    this.affectedUsers = affectedUsers;
    this.slaDueAt = slaDueAt;
  }

  /** A new ticket, routed to its application's L1 group, before it has an id or a number. */
  static Ticket open(
      long tenantId,
      String number,
      TicketType type,
      String title,
      String description,
      long applicationId,
      int impact,
      int urgency,
      long requesterId,
      boolean phi,
      int affectedUsers,
      long l1GroupId,
      Instant now) {
    return new Ticket(
        null,
        tenantId,
        number,
        type,
        title,
        description,
        applicationId,
        impact,
        urgency,
        TicketStatus.NEW,
        null,
        Tier.L1,
        l1GroupId,
        null,
        requesterId,
        phi,
        0,
        now,
        now,
        null,
        null,
        null,
        null,
        null,
        0,
        null,
        null,
        affectedUsers,
        null);
  }

  /**
   * Fields the desk may correct; priority follows impact and urgency. Clearing {@code phi} takes a
   * {@code phiReason}, kept as the audit line's note. Who may change which field: {@link
   * EditRights}.
   */
  record Edit(
      @Nullable TicketType type,
      @Nullable String title,
      @Nullable String description,
      @Nullable Integer impact,
      @Nullable Integer urgency,
      @Nullable Boolean phi,
      @Nullable String phiReason,
      @Nullable String reason) {}

  /**
   * Applies the fields given. A new impact or urgency needs a reason (who re-prioritises says why,
   * and the audit keeps it beside the old and new values); the priority follows the matrix.
   */
  List<Change> edit(Edit edit, Instant now) {
    requireOpen("edit");
    String phiReason =
        edit.phiReason() == null || edit.phiReason().isBlank() ? null : edit.phiReason().strip();
    if (edit.phi() == null && edit.phiReason() != null) {
      throw Refused.invalid("phiReason", "only goes with phi");
    }
    if (Boolean.FALSE.equals(edit.phi()) && phi && phiReason == null) {
      // Once cleared, reads stop being logged: the audit says who decided that, and why.
      throw Refused.invalid(
          "phiReason", "say why the ticket holds no patient information to clear its PHI flag");
    }
    int newImpact = edit.impact() == null ? impact : edit.impact();
    int newUrgency = edit.urgency() == null ? urgency : edit.urgency();
    String reason = edit.reason() == null ? null : edit.reason().strip();
    if ((newImpact != impact || newUrgency != urgency) && (reason == null || reason.isEmpty())) {
      throw Refused.invalid("reason", "say why the impact or urgency changes");
    }
    List<Change> changes = new ArrayList<>();
    if (edit.type() != null && edit.type() != type) {
      changes.add(Change.field("UPDATED", "type", type, edit.type()));
      type = edit.type();
    }
    if (edit.title() != null && !edit.title().equals(title)) {
      changes.add(Change.field("UPDATED", "title", title, edit.title()));
      title = edit.title();
    }
    if (edit.description() != null && !edit.description().equals(description)) {
      // The audit keeps that the description changed, not its text (which may carry PHI).
      changes.add(Change.action("UPDATED", null).withNote("description edited"));
      description = edit.description();
    }
    if (newImpact != impact) {
      changes.add(Change.field("UPDATED", "impact", impact, newImpact).withNote(reason));
    }
    if (newUrgency != urgency) {
      changes.add(Change.field("UPDATED", "urgency", urgency, newUrgency).withNote(reason));
    }
    Priority newPriority = PriorityMatrix.priorityOf(newImpact, newUrgency);
    if (newPriority != priority) {
      changes.add(
          Change.field("REPRIORITISED", "priority", priority, newPriority).withNote(reason));
    }
    impact = newImpact;
    urgency = newUrgency;
    priority = newPriority;
    if (edit.phi() != null && edit.phi() != phi) {
      changes.add(Change.field("UPDATED", "phi", phi, edit.phi()).withNote(phiReason));
      phi = edit.phi();
    }
    touch(changes, now);
    return changes;
  }

  /** A status change as requested through {@code POST /api/tickets/{id}/transitions}. */
  record Transition(
      TicketStatus to,
      @Nullable String reason,
      @Nullable ResolutionCode resolutionCode,
      @Nullable String resolution) {}

  List<Change> transition(
      Transition request,
      boolean byRequesterOnly,
      @Nullable Long actorStaffId,
      Duration reopenWindow,
      Instant now) {
    return move(request, byRequesterOnly, actorStaffId, false, reopenWindow, now);
  }

  /**
   * A partner's own desk moves the ticket its group holds. The partner's people work in their desk,
   * not as Medley staff, so starting work needs no assignee here; every other rule of the status
   * machine holds.
   */
  List<Change> transitionInPartnerDesk(Transition request, Duration reopenWindow, Instant now) {
    return move(request, false, null, true, reopenWindow, now);
  }

  private List<Change> move(
      Transition request,
      boolean byRequesterOnly,
      @Nullable Long actorStaffId,
      boolean workedElsewhere,
      Duration reopenWindow,
      Instant now) {
    TicketStatus to = request.to();
    if (to == TicketStatus.NEW || to == TicketStatus.ASSIGNED) {
      throw Refused.invalid("to", "a ticket becomes " + to + " by (un)assigning it, not directly");
    }
    if (!TicketLifecycle.allowed(status, to)) {
      throw Refused.conflict("A " + status + " ticket cannot move to " + to + ".");
    }
    if (byRequesterOnly && !TicketLifecycle.allowedForRequester(status, to)) {
      throw Refused.conflict(
          "As the requester you can confirm, reopen or withdraw a ticket, not move it to "
              + to
              + ".");
    }
    List<Change> changes = new ArrayList<>();
    TicketStatus from = status;
    switch (to) {
      case IN_PROGRESS -> {
        if (from == TicketStatus.RESOLVED) {
          reopen(request, reopenWindow, now, changes);
        } else if (assigneeId == null && !workedElsewhere) {
          if (actorStaffId == null) {
            throw Refused.conflict("Assign the ticket to someone before starting work on it.");
          }
          changes.add(Change.field("ASSIGNED", "assignee", null, actorStaffId));
          assigneeId = actorStaffId;
        }
        pendingReason = null;
      }
      case PENDING -> {
        PendingReason reason = pendingReason(request.reason());
        changes.add(Change.field("PENDED", "pendingReason", pendingReason, reason));
        pendingReason = reason;
      }
      case RESOLVED -> {
        if (request.resolutionCode() == null) {
          throw Refused.invalid("resolutionCode", "say how the ticket was resolved");
        }
        if (blank(request.resolution())) {
          throw Refused.invalid("resolution", "describe the resolution for the requester");
        }
        changes.add(
            Change.field("RESOLVED", "resolutionCode", resolutionCode, request.resolutionCode()));
        resolutionCode = request.resolutionCode();
        resolution = request.resolution().strip();
        resolvedAt = now;
        pendingReason = null;
      }
      case CLOSED -> closedAt = now;
      case CANCELLED -> {
        if (blank(request.reason())) {
          throw Refused.invalid("reason", "say why the ticket is cancelled");
        }
        closedAt = now;
        pendingReason = null;
      }
      default -> throw new IllegalStateException("unreachable: " + to);
    }
    status = to;
    changes.add(
        0, Change.field("TRANSITIONED", "status", from, to).withNote(trim(request.reason())));
    touch(changes, now);
    return changes;
  }

  private void reopen(Transition request, Duration window, Instant now, List<Change> changes) {
    if (blank(request.reason())) {
      throw Refused.invalid("reason", "say why the resolution did not work");
    }
    if (resolvedAt != null && resolvedAt.plus(window).isBefore(now)) {
      throw Refused.conflict(
          "This ticket was resolved more than "
              + ReopenWindow.describe(window)
              + " ago and can no longer be reopened; please file a new ticket.");
    }
    reopenCount++;
    changes.add(Change.field("REOPENED", "reopenCount", reopenCount - 1, reopenCount));
    resolvedAt = null;
    resolutionCode = null;
    resolution = null;
  }

  /**
   * Moves the ticket to a group (and optionally a member of it). A ticket with nobody on it is NEW;
   * with someone, ASSIGNED unless work has already started.
   */
  List<Change> assign(long newGroupId, Tier groupTier, @Nullable Long newAssigneeId, Instant now) {
    requireOpen("assign");
    List<Change> changes = new ArrayList<>();
    if (!Objects.equals(groupId, newGroupId)) {
      changes.add(Change.field("ROUTED", "group", groupId, newGroupId));
      groupId = newGroupId;
    }
    if (groupTier != tier) {
      changes.add(Change.field("ROUTED", "tier", tier, groupTier));
      tier = groupTier;
    }
    boolean newPerson = !Objects.equals(assigneeId, newAssigneeId);
    if (newPerson) {
      changes.add(Change.field("ASSIGNED", "assignee", assigneeId, newAssigneeId));
      assigneeId = newAssigneeId;
    }
    TicketStatus before = status;
    if (assigneeId == null && status != TicketStatus.PENDING) {
      status = TicketStatus.NEW;
    } else if (assigneeId != null && status == TicketStatus.NEW) {
      status = TicketStatus.ASSIGNED;
    } else if (assigneeId != null && newPerson && status == TicketStatus.IN_PROGRESS) {
      // A new person has not started yet.
      status = TicketStatus.ASSIGNED;
    }
    if (before != status) {
      changes.add(Change.field("TRANSITIONED", "status", before, status));
    }
    touch(changes, now);
    return changes;
  }

  /** The same ticket with the id the database gave it. */
  Ticket withId(long newId) {
    return copy(newId, slaDueAt);
  }

  /** The same ticket, to be stored with the deadline the SLA feature foresaw for it. */
  Ticket withSlaDue(@Nullable Instant due) {
    return copy(id, due);
  }

  private Ticket copy(Long newId, Instant newSlaDueAt) {
    return new Ticket(
        newId,
        tenantId,
        number,
        type,
        title,
        description,
        applicationId,
        impact,
        urgency,
        status,
        pendingReason,
        tier,
        groupId,
        assigneeId,
        requesterId,
        phi,
        version,
        createdAt,
        updatedAt,
        resolvedAt,
        closedAt,
        resolutionCode,
        resolution,
        firstResponseAt,
        reopenCount,
        csatRating,
        csatComment,
        affectedUsers,
        newSlaDueAt);
  }

  /**
   * Hands the ticket to a group a tier up, with nobody on it yet. At VENDOR the desk waits for the
   * vendor: the ticket pends with reason VENDOR.
   */
  List<Change> escalate(long newGroupId, Tier newTier, String reason, Instant now) {
    if (reason == null || reason.isBlank()) {
      throw Refused.invalid("reason", "say why the ticket needs the next tier");
    }
    List<Change> changes = new ArrayList<>();
    changes.add(Change.field("ESCALATED", "tier", tier, newTier).withNote(reason.strip()));
    List<Change> moved = assign(newGroupId, newTier, null, now);
    moved.stream().filter(c -> !"tier".equals(c.field())).forEach(changes::add);
    if (newTier == Tier.VENDOR) {
      TicketStatus before = status;
      status = TicketStatus.PENDING;
      pendingReason = PendingReason.VENDOR;
      changes.add(Change.field("PENDED", "pendingReason", null, PendingReason.VENDOR));
      if (before != status) {
        changes.add(Change.field("TRANSITIONED", "status", before, status));
      }
    } else if (status == TicketStatus.PENDING) {
      // The next tier starts fresh: whatever the ticket waited for is theirs to judge.
      changes.add(Change.field("TRANSITIONED", "status", status, TicketStatus.NEW));
      status = TicketStatus.NEW;
      pendingReason = null;
    }
    return changes;
  }

  /**
   * The ticket waits for its vendor, staying with its group (a hospital without a VENDOR group
   * keeps vendor work with the analysts who escalated it): the tier becomes VENDOR and the status
   * PENDING(VENDOR). A ticket that already waits for the vendor is left as it is.
   */
  List<Change> awaitVendor(String note, Instant now) {
    requireOpen("escalate to the vendor");
    List<Change> changes = new ArrayList<>();
    if (tier != Tier.VENDOR) {
      changes.add(Change.field("ESCALATED", "tier", tier, Tier.VENDOR).withNote(note));
      tier = Tier.VENDOR;
    }
    if (status != TicketStatus.PENDING || pendingReason != PendingReason.VENDOR) {
      TicketStatus before = status;
      changes.add(
          Change.field("PENDED", "pendingReason", pendingReason, PendingReason.VENDOR)
              .withNote(note));
      status = TicketStatus.PENDING;
      pendingReason = PendingReason.VENDOR;
      if (before != status) {
        changes.add(Change.field("TRANSITIONED", "status", before, status));
      }
    }
    touch(changes, now);
    return changes;
  }

  /**
   * The partner hands the ticket back to a hospital group, with nobody on it yet. Whatever it
   * waited for is the hospital's group to judge afresh, as after an escalation.
   */
  List<Change> returnFromPartner(long hospitalGroupId, Tier groupTier, String reason, Instant now) {
    requireOpen("return");
    if (blank(reason)) {
      throw Refused.invalid("reason", "say why the partner hands the ticket back");
    }
    List<Change> changes = new ArrayList<>();
    changes.add(Change.action("RETURNED", reason.strip()));
    changes.addAll(assign(hospitalGroupId, groupTier, null, now));
    if (status == TicketStatus.PENDING) {
      changes.add(Change.field("TRANSITIONED", "status", status, TicketStatus.NEW));
      status = TicketStatus.NEW;
      pendingReason = null;
    }
    return changes;
  }

  /** A requester's answer ends a wait for the customer. */
  List<Change> customerReplied(Instant now) {
    if (status != TicketStatus.PENDING || pendingReason != PendingReason.CUSTOMER) {
      return List.of();
    }
    List<Change> changes = new ArrayList<>();
    TicketStatus next = assigneeId == null ? TicketStatus.NEW : TicketStatus.IN_PROGRESS;
    changes.add(Change.field("TRANSITIONED", "status", status, next).withNote("requester replied"));
    status = next;
    pendingReason = null;
    updatedAt = now;
    return changes;
  }

  /** The tier above the current one, or a rejection at the top. */
  Tier nextTier() {
    requireOpen("escalate");
    return switch (tier) {
      case L1 -> Tier.L2;
      case L2 -> Tier.L3;
      case L3 -> Tier.VENDOR;
      case VENDOR ->
          throw Refused.conflict("The ticket is already with the vendor: nowhere higher to go.");
    };
  }

  /** Records the first answer an agent gives; true only the first time. */
  boolean respond(Instant now) {
    if (firstResponseAt != null) {
      return false;
    }
    firstResponseAt = now;
    return true;
  }

  List<Change> rate(int rating, @Nullable String comment, Instant now) {
    if (status != TicketStatus.RESOLVED && status != TicketStatus.CLOSED) {
      throw Refused.conflict("Rate a ticket once it is resolved.");
    }
    if (rating < 1 || rating > 5) {
      throw Refused.invalid("rating", "must be 1 to 5");
    }
    List<Change> changes = List.of(Change.field("RATED", "csatRating", csatRating, rating));
    csatRating = rating;
    csatComment = trim(comment);
    updatedAt = now;
    return changes;
  }

  boolean open() {
    return status.isOpen();
  }

  /** Refuses a change made on an older read of the ticket (409 with the version to reload). */
  void requireVersion(@Nullable Long expected) {
    if (expected != null && expected != version) {
      throw new StaleTicket(version);
    }
  }

  /**
   * On hold until the requester answers (PENDING with reason CUSTOMER): what the portal marks
   * "Needs you" and what the requester is told of.
   */
  boolean waitsForRequester() {
    return status == TicketStatus.PENDING && pendingReason == PendingReason.CUSTOMER;
  }

  TicketSnapshot snapshot(@Nullable Long partnerId, int applicationCriticality) {
    return new TicketSnapshot(
        tenantId,
        id == null ? 0 : id,
        number,
        type,
        priority,
        status,
        pendingReason,
        tier,
        groupId,
        partnerId,
        assigneeId,
        applicationId,
        applicationCriticality,
        requesterId,
        phi,
        createdAt);
  }

  private void requireOpen(String what) {
    if (!open()) {
      throw Refused.conflict(
          "A " + status + " ticket cannot be changed (" + what + "); reopen it first.");
    }
  }

  private void touch(List<Change> changes, Instant now) {
    if (!changes.isEmpty()) {
      updatedAt = now;
    }
  }

  private static PendingReason pendingReason(@Nullable String text) {
    if (text != null) {
      for (PendingReason reason : PendingReason.values()) {
        if (reason.name().equals(text.strip())) {
          return reason;
        }
      }
    }
    throw Refused.invalid(
        "reason", "a pending ticket waits for CUSTOMER, VENDOR, PARTNER or CHANGE");
  }

  private static boolean blank(@Nullable String text) {
    return text == null || text.isBlank();
  }

  private static String trim(@Nullable String text) {
    return blank(text) ? null : text.strip();
  }

  Long id() {
    return id;
  }

  long tenantId() {
    return tenantId;
  }

  String number() {
    return number;
  }

  TicketType type() {
    return type;
  }

  String title() {
    return title;
  }

  String description() {
    return description;
  }

  long applicationId() {
    return applicationId;
  }

  int impact() {
    return impact;
  }

  int urgency() {
    return urgency;
  }

  Priority priority() {
    return priority;
  }

  TicketStatus status() {
    return status;
  }

  PendingReason pendingReason() {
    return pendingReason;
  }

  Tier tier() {
    return tier;
  }

  Long groupId() {
    return groupId;
  }

  Long assigneeId() {
    return assigneeId;
  }

  long requesterId() {
    return requesterId;
  }

  boolean phi() {
    return phi;
  }

  long version() {
    return version;
  }

  Instant createdAt() {
    return createdAt;
  }

  Instant updatedAt() {
    return updatedAt;
  }

  Instant resolvedAt() {
    return resolvedAt;
  }

  Instant closedAt() {
    return closedAt;
  }

  ResolutionCode resolutionCode() {
    return resolutionCode;
  }

  String resolution() {
    return resolution;
  }

  Instant firstResponseAt() {
    return firstResponseAt;
  }

  int reopenCount() {
    return reopenCount;
  }

  Integer csatRating() {
    return csatRating;
  }

  String csatComment() {
    return csatComment;
  }

  int affectedUsers() {
    return affectedUsers;
  }

  Instant slaDueAt() {
    return slaDueAt;
  }
}
