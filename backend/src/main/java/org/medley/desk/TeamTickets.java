package org.medley.desk;

import io.micronaut.core.annotation.Nullable;
import java.time.Instant;
import java.util.List;

/**
 * Ticket figures per support group, as the marketplace's scorecards read them for the hospital's
 * own teams and its partners alike. A resolved ticket counts for the group holding it when it was
 * resolved; an open one for the group holding it now.
 */
public interface TeamTickets {

  /** A support group: {@code partnerId} null for internal teams. */
  record Team(long id, String name, @Nullable Long partnerId) {}

  /**
   * Of the group's tickets resolved in {@code [from, to)} (and still resolved or closed): how many;
   * how many at first contact (never handed from one group to another, never escalated to another
   * tier or the vendor, never reopened); how many were reopened at least once; how many carry a
   * requester's rating, and the sum of those ratings (1–5).
   */
  record Resolved(
      long groupId, long resolved, long firstContact, long reopened, long rated, long ratingSum) {}

  /** One open ticket of the group: when it was opened. */
  record Open(long groupId, Instant createdAt) {}

  /** The tenant's support groups, by name. */
  List<Team> teams(long tenantId);

  /** Per group that resolved any, the tickets resolved in {@code [from, to)}. */
  List<Resolved> resolved(long tenantId, Instant from, Instant to);

  /** The tenant's open tickets that a group holds now (the backlog). */
  List<Open> open(long tenantId);
}
