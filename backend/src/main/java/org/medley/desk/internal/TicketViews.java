package org.medley.desk.internal;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import java.util.List;
import org.medley.coverage.Tier;
import org.medley.desk.PendingReason;
import org.medley.desk.Priority;
import org.medley.desk.ResolutionCode;
import org.medley.desk.TicketStatus;
import org.medley.desk.TicketType;

/** The shapes tickets take on the API. */
final class TicketViews {

  private TicketViews() {}

  @Serdeable
  record TicketView(
      long id,
      String number,
      TicketType type,
      String title,
      String description,
      long applicationId,
      String applicationName,
      int impact,
      int urgency,
      Priority priority,
      TicketStatus status,
      @Nullable PendingReason pendingReason,
      Tier tier,
      @Nullable Long groupId,
      @Nullable String groupName,
      boolean partnerGroup,
      @Nullable Long assigneeId,
      @Nullable String assigneeName,
      long requesterId,
      String requesterName,
      boolean phi,
      int affectedUsers,
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
      @Nullable Instant slaDueAt,
      List<ExternalReference> externalReferences,
      Permissions permissions) {}

  /**
   * What the caller may do now, so screens offer only actions that will succeed. {@code pickUp}:
   * taking the ticket oneself needs a staff record (an admin without one assigns instead); {@code
   * readsPhi} false means the texts came through the minimum-necessary filter.
   */
  @Serdeable
  record Permissions(
      boolean work,
      boolean commentInternal,
      boolean rate,
      List<TicketStatus> transitions,
      boolean pickUp,
      boolean readsPhi) {}

  @Serdeable
  record ExternalReference(String system, String externalId) {}

  @Serdeable
  record TicketSummary(
      long id,
      String number,
      TicketType type,
      String title,
      String applicationName,
      Priority priority,
      TicketStatus status,
      @Nullable PendingReason pendingReason,
      Tier tier,
      @Nullable Long groupId,
      @Nullable String groupName,
      @Nullable Long assigneeId,
      @Nullable String assigneeName,
      String requesterName,
      boolean phi,
      long version,
      Instant createdAt,
      Instant updatedAt,
      @Nullable Instant slaDueAt) {

    TicketSummary withTitle(String shown) {
      return new TicketSummary(
          id,
          number,
          type,
          shown,
          applicationName,
          priority,
          status,
          pendingReason,
          tier,
          groupId,
          groupName,
          assigneeId,
          assigneeName,
          requesterName,
          phi,
          version,
          createdAt,
          updatedAt,
          slaDueAt);
    }
  }

  /**
   * One page of tickets.
   *
   * @param total how many tickets match: exact when {@code totalExact}, otherwise at least this
   *     many (totals are counted exactly up to 1,000, or to the end of a page further on)
   */
  @Serdeable
  record TicketPage(
      List<TicketSummary> items, int page, int size, long total, boolean totalExact) {}

  @Serdeable
  record CommentView(
      long id, String authorName, String visibility, String body, Instant createdAt) {}

  @Serdeable
  record AuditView(
      long id,
      String actorName,
      Instant at,
      String action,
      @Nullable String field,
      @Nullable String oldValue,
      @Nullable String newValue,
      @Nullable String note) {}

  @Serdeable
  record GroupView(long id, String name, Tier tier, boolean partner, boolean autoAssign) {}

  @Serdeable
  record MemberView(long staffId, String name, int openTickets, boolean lead) {}
}
