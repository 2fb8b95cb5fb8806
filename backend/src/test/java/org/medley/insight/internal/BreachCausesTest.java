package org.medley.insight.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.medley.coverage.Tier;
import org.medley.desk.PendingReason;
import org.medley.desk.TicketStatus;
import org.medley.desk.TicketTimelines.Span;

class BreachCausesTest {

  private static final Instant T = Instant.parse("2026-11-02T08:00:00Z");

  private static Span span(
      int fromMin,
      int toMin,
      TicketStatus s,
      PendingReason r,
      Long group,
      Long partner,
      Tier tier) {
    return new Span(
        T.plusSeconds(60L * fromMin), T.plusSeconds(60L * toMin), s, r, group, partner, tier);
  }

  @Test
  void waitingOnTheVendorOutweighsTheQueueItWaitedIn() {
    BreachCauses c =
        BreachCauses.of(
            List.of(
                span(0, 30, TicketStatus.NEW, null, 1L, null, Tier.L1),
                span(30, 60, TicketStatus.IN_PROGRESS, null, 3L, null, Tier.L2),
                span(60, 240, TicketStatus.PENDING, PendingReason.VENDOR, 3L, null, Tier.L2)));
    assertThat(c.cause()).isEqualTo("PENDING_VENDOR");
    assertThat(c.causeMillis()).isEqualTo(180 * 60_000L);
    assertThat(c.byStatus())
        .containsExactly(
            Map.entry("NEW", 30 * 60_000L),
            Map.entry("IN_PROGRESS", 30 * 60_000L),
            Map.entry("PENDING_VENDOR", 180 * 60_000L));
    assertThat(c.byHolder())
        .containsExactly(Map.entry("1/0", 30 * 60_000L), Map.entry("3/0", 210 * 60_000L));
  }

  @Test
  void aPartnersL1QueueIsTheCauseWhenTheTicketSatThere() {
    BreachCauses c =
        BreachCauses.of(
            List.of(
                span(0, 10, TicketStatus.NEW, null, 1L, null, Tier.L1),
                span(10, 50, TicketStatus.NEW, null, 2L, 7L, Tier.L1),
                span(50, 60, TicketStatus.ASSIGNED, null, 2L, 7L, Tier.L1)));
    assertThat(c.cause()).isEqualTo("PARTNER_L1");
    assertThat(c.causeMillis()).isEqualTo(50 * 60_000L);
    assertThat(BreachCauses.parse(BreachCauses.text(c.byHolder())))
        .isEqualTo(Map.of("1/0", 10 * 60_000L, "2/7", 50 * 60_000L));
  }

  @Test
  void noSpansIsUnassignedAndTiesGoToTheFirstName() {
    assertThat(BreachCauses.of(List.of()).cause()).isEqualTo("UNASSIGNED");
    BreachCauses tie =
        BreachCauses.of(
            List.of(
                span(0, 10, TicketStatus.NEW, null, null, null, null),
                span(10, 20, TicketStatus.NEW, null, 1L, null, Tier.L1)));
    assertThat(tie.cause()).isEqualTo("INTERNAL_L1");
  }
}
