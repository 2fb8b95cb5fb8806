package org.medley.desk;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

public enum TicketStatus {
  NEW,
  ASSIGNED,
  IN_PROGRESS,
  PENDING,
  RESOLVED,
  CLOSED,
  CANCELLED;

  /** The statuses in which the desk still owes the requester something: its open work. */
  public static final Set<TicketStatus> OPEN =
      Arrays.stream(values())
          .filter(TicketStatus::isOpen)
          .collect(Collectors.toCollection(() -> EnumSet.noneOf(TicketStatus.class)));

  /**
   * {@link #OPEN} as a SQL list, for {@code status IN} where a query cannot use the tickets' {@code
   * open_work} flag: {@code ('NEW','ASSIGNED','IN_PROGRESS','PENDING')}.
   */
  public static final String OPEN_SQL =
      OPEN.stream().map(s -> "'" + s.name() + "'").collect(Collectors.joining(",", "(", ")"));

  /** The one definition of open work: every other list of open statuses is made from it. */
  public boolean isOpen() {
    return switch (this) {
      case NEW, ASSIGNED, IN_PROGRESS, PENDING -> true;
      case RESOLVED, CLOSED, CANCELLED -> false;
    };
  }
}
