package org.medley.desk.internal;

import io.micronaut.core.annotation.Nullable;
import java.time.Duration;
import java.util.Set;
import org.medley.coverage.Tier;
import org.medley.desk.Priority;
import org.medley.desk.TicketStatus;

/** A ticket list request, already validated. */
record TicketQuery(
    Queue queue,
    @Nullable Long groupId,
    Set<TicketStatus> statuses,
    Set<Priority> priorities,
    @Nullable Tier tier,
    @Nullable Long applicationId,
    @Nullable Long assigneeId,
    @Nullable String text,
    @Nullable ExternalRef externalRef,
    Sort sort,
    boolean descending,
    Duration breachingWithin,
    int page,
    int size) {

  /** A partner's or vendor's id for the same work: finds the ticket it belongs to. */
  record ExternalRef(String system, String externalId) {}

  enum Queue {
    /** Assigned to me. */
    MINE,
    /** Held by the groups I belong to. */
    MY_GROUPS,
    /** In a group, nobody on it yet. */
    UNASSIGNED,
    /** Whose nearest SLA deadline falls within {@code breachingWithin}. */
    BREACHING_SOON,
    /** Filed by me. */
    REQUESTED,
    /** Everything I may see. */
    ALL
  }

  enum Sort {
    CREATED("t.created_at"),
    UPDATED("t.updated_at"),
    PRIORITY("t.priority"),
    SLA_DUE("t.sla_due_at"),
    NUMBER("t.id"),
    STATUS("t.status");

    final String column;

    Sort(String column) {
      this.column = column;
    }
  }
}
