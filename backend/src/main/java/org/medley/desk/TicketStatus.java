package org.medley.desk;

public enum TicketStatus {
  NEW,
  ASSIGNED,
  IN_PROGRESS,
  PENDING,
  RESOLVED,
  CLOSED,
  CANCELLED
}
