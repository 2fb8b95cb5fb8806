package org.medley.desk;

import io.micronaut.core.annotation.Nullable;
import java.time.Instant;
import java.util.function.Consumer;
import org.medley.coverage.Tier;

/**
 * Every ticket of a tenant as read models summarise it, read from the desk's rows, for a rebuild
 * from scratch. The flags follow {@link TicketOutcomes}, as the same read models follow them from
 * {@link TicketEvent}s.
 */
public interface TicketFacts {

  /**
   * One ticket: {@code firstTier} the tier it was opened at, {@code partnerId} the partner
   * providing its group now (null: internal or no group).
   */
  record Fact(
      long id,
      String number,
      Instant createdAt,
      Priority priority,
      Tier tier,
      Tier firstTier,
      long applicationId,
      @Nullable Long groupId,
      @Nullable Long partnerId,
      TicketStatus status,
      @Nullable Instant resolvedAt,
      @Nullable Instant closedAt,
      int reopens,
      boolean handedOn,
      boolean escalated,
      @Nullable Integer rating) {}

  /** Hands every ticket of the tenant to {@code sink}, in id order, without holding them all. */
  void forEach(long tenantId, Consumer<Fact> sink);
}
