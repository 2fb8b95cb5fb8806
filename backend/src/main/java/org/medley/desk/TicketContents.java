package org.medley.desk;

import io.micronaut.core.annotation.Nullable;
import java.util.Optional;
import org.medley.coverage.Tier;

/**
 * What e-bonding reads of a ticket to open and update it in a partner's own desk. The text is the
 * ticket's as stored; the reader filters it for the partner.
 */
public interface TicketContents {

  record Content(
      long tenantId,
      long id,
      String number,
      TicketType type,
      String title,
      String description,
      Priority priority,
      TicketStatus status,
      @Nullable PendingReason pendingReason,
      Tier tier,
      boolean phi,
      @Nullable ResolutionCode resolutionCode,
      @Nullable String resolution,
      @Nullable Long groupId,
      @Nullable Long partnerId) {}

  /** The tenant's ticket, or empty. */
  Optional<Content> content(long tenantId, long ticketId);
}
