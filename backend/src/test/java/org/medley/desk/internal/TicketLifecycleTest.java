package org.medley.desk.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.medley.coverage.Tier;
import org.medley.desk.PendingReason;
import org.medley.desk.ResolutionCode;
import org.medley.desk.TicketStatus;
import org.medley.desk.TicketType;
import org.medley.platform.Refused;

/** Every pair of statuses, allowed or forbidden, for the desk and for the requester. */
class TicketLifecycleTest {

  private static final Instant NOW = Instant.parse("2026-11-23T14:00:00Z");
  private static final Duration WINDOW = Duration.ofDays(7);

  /** from, to, desk may, requester may. Anything not listed is forbidden to both. */
  private static final String[][] ALLOWED = {
    {"NEW", "IN_PROGRESS", "yes", "no"},
    {"NEW", "RESOLVED", "yes", "no"},
    {"NEW", "CANCELLED", "yes", "yes"},
    {"ASSIGNED", "IN_PROGRESS", "yes", "no"},
    {"ASSIGNED", "PENDING", "yes", "no"},
    {"ASSIGNED", "RESOLVED", "yes", "no"},
    {"ASSIGNED", "CANCELLED", "yes", "yes"},
    {"IN_PROGRESS", "PENDING", "yes", "no"},
    {"IN_PROGRESS", "RESOLVED", "yes", "no"},
    {"IN_PROGRESS", "CANCELLED", "yes", "no"},
    {"PENDING", "IN_PROGRESS", "yes", "no"},
    {"PENDING", "RESOLVED", "yes", "no"},
    {"PENDING", "CANCELLED", "yes", "no"},
    {"RESOLVED", "CLOSED", "yes", "yes"},
    {"RESOLVED", "IN_PROGRESS", "yes", "yes"},
  };

  static Stream<Arguments> everyPair() {
    List<Arguments> pairs = new ArrayList<>();
    for (TicketStatus from : TicketStatus.values()) {
      for (TicketStatus to : TicketStatus.values()) {
        String desk = "no";
        String requester = "no";
        for (String[] row : ALLOWED) {
          if (row[0].equals(from.name()) && row[1].equals(to.name())) {
            desk = row[2];
            requester = row[3];
          }
        }
        pairs.add(Arguments.of(from, to, desk.equals("yes"), requester.equals("yes")));
      }
    }
    return pairs.stream();
  }

  @ParameterizedTest(name = "{0} → {1}: desk {2}, requester {3}")
  @MethodSource("everyPair")
  void transitions(TicketStatus from, TicketStatus to, boolean desk, boolean requester) {
    assertThat(attempt(from, to, false)).as("desk").isEqualTo(desk);
    assertThat(attempt(from, to, true)).as("requester").isEqualTo(requester);
  }

  /** Tries the transition with every field it could need filled in; true when it happened. */
  private static boolean attempt(TicketStatus from, TicketStatus to, boolean requesterOnly) {
    Ticket ticket = ticket(from, from == TicketStatus.NEW ? null : 7L);
    var request =
        new Ticket.Transition(
            to,
            to == TicketStatus.PENDING ? "CUSTOMER" : "because",
            ResolutionCode.FIXED,
            "Restarted the print spooler");
    try {
      List<Change> changes = ticket.transition(request, requesterOnly, 7L, WINDOW, NOW);
      assertThat(ticket.status()).isEqualTo(to);
      assertThat(changes.get(0).field()).isEqualTo("status");
      assertThat(changes.get(0).oldValue()).isEqualTo(from.name());
      assertThat(changes.get(0).newValue()).isEqualTo(to.name());
      return true;
    } catch (Refused rejected) {
      assertThat(ticket.status()).as("a refused change leaves the ticket alone").isEqualTo(from);
      return false;
    }
  }

  @Test
  void pendingNeedsAKnownReason() {
    Ticket ticket = ticket(TicketStatus.IN_PROGRESS, 7L);
    assertThatThrownBy(
            () ->
                ticket.transition(
                    new Ticket.Transition(TicketStatus.PENDING, "LUNCH", null, null),
                    false,
                    7L,
                    WINDOW,
                    NOW))
        .isInstanceOf(Refused.class)
        .extracting(e -> ((Refused) e).errors().get(0).field())
        .isEqualTo("reason");
    ticket.transition(
        new Ticket.Transition(TicketStatus.PENDING, "VENDOR", null, null), false, 7L, WINDOW, NOW);
    assertThat(ticket.pendingReason()).isEqualTo(PendingReason.VENDOR);
  }

  @Test
  void resolvingNeedsACodeAndWordsForTheRequester() {
    Ticket ticket = ticket(TicketStatus.IN_PROGRESS, 7L);
    assertThatThrownBy(
            () ->
                ticket.transition(
                    new Ticket.Transition(TicketStatus.RESOLVED, null, null, "done"),
                    false,
                    7L,
                    WINDOW,
                    NOW))
        .extracting(e -> ((Refused) e).errors().get(0).field())
        .isEqualTo("resolutionCode");
    assertThatThrownBy(
            () ->
                ticket.transition(
                    new Ticket.Transition(TicketStatus.RESOLVED, null, ResolutionCode.FIXED, " "),
                    false,
                    7L,
                    WINDOW,
                    NOW))
        .extracting(e -> ((Refused) e).errors().get(0).field())
        .isEqualTo("resolution");
  }

  @Test
  void reopeningWorksInsideTheWindowOnly() {
    Ticket fresh = resolvedAt(NOW.minus(Duration.ofDays(6)));
    fresh.transition(reopen(), true, null, WINDOW, NOW);
    assertThat(fresh.status()).isEqualTo(TicketStatus.IN_PROGRESS);
    assertThat(fresh.reopenCount()).isEqualTo(1);
    assertThat(fresh.resolutionCode()).isNull();

    Ticket stale = resolvedAt(NOW.minus(Duration.ofDays(8)));
    assertThatThrownBy(() -> stale.transition(reopen(), true, null, WINDOW, NOW))
        .isInstanceOf(Refused.class)
        .hasMessageContaining("no longer be reopened");
    assertThat(stale.status()).isEqualTo(TicketStatus.RESOLVED);
  }

  @Test
  void pickingUpAnUnassignedTicketAssignsTheAgent() {
    Ticket ticket = ticket(TicketStatus.NEW, null);
    ticket.transition(
        new Ticket.Transition(TicketStatus.IN_PROGRESS, null, null, null), false, 42L, WINDOW, NOW);
    assertThat(ticket.assigneeId()).isEqualTo(42L);
    Ticket nobody = ticket(TicketStatus.NEW, null);
    assertThatThrownBy(
            () ->
                nobody.transition(
                    new Ticket.Transition(TicketStatus.IN_PROGRESS, null, null, null),
                    false,
                    null,
                    WINDOW,
                    NOW))
        .isInstanceOf(Refused.class);
  }

  @Test
  void escalationClimbsTiersAndWaitsForTheVendorAtTheTop() {
    Ticket ticket = ticket(TicketStatus.IN_PROGRESS, 7L);
    assertThat(ticket.nextTier()).isEqualTo(Tier.L2);
    ticket.escalate(2L, Tier.L2, "needs an analyst", NOW);
    assertThat(ticket.tier()).isEqualTo(Tier.L2);
    assertThat(ticket.assigneeId()).isNull();
    assertThat(ticket.status()).isEqualTo(TicketStatus.NEW);
    ticket.escalate(3L, Tier.L3, "code fix", NOW);
    ticket.escalate(4L, Tier.VENDOR, "vendor defect", NOW);
    assertThat(ticket.status()).isEqualTo(TicketStatus.PENDING);
    assertThat(ticket.pendingReason()).isEqualTo(PendingReason.VENDOR);
    assertThatThrownBy(ticket::nextTier).isInstanceOf(Refused.class);
    assertThatThrownBy(() -> ticket(TicketStatus.IN_PROGRESS, 7L).escalate(2L, Tier.L2, " ", NOW))
        .isInstanceOf(Refused.class);
  }

  @Test
  void clearingThePhiFlagTakesAReasonTheAuditKeeps() {
    Ticket ticket = ticket(TicketStatus.IN_PROGRESS, 7L);
    ticket.edit(phi(true, null), NOW);
    for (Ticket.Edit refused :
        List.of(
            phi(false, null),
            phi(false, "  "),
            new Ticket.Edit(null, null, null, 1, 1, null, "x", "ward down"))) {
      assertThatThrownBy(() -> ticket.edit(refused, NOW))
          .isInstanceOfSatisfying(
              Refused.class, r -> assertThat(r.errors().get(0).field()).isEqualTo("phiReason"));
    }
    assertThat(ticket.phi()).isTrue();

    List<Change> changes = ticket.edit(phi(false, " lab test, no patient "), NOW);
    assertThat(ticket.phi()).isFalse();
    assertThat(changes)
        .contains(new Change("UPDATED", "phi", "true", "false", "lab test, no patient"));
  }

  private static Ticket.Edit phi(boolean on, String reason) {
    return new Ticket.Edit(null, null, null, null, null, on, reason, null);
  }

  @Test
  void priorityFollowsImpactAndUrgency() {
    Ticket ticket = ticket(TicketStatus.IN_PROGRESS, 7L);
    assertThatThrownBy(
            () -> ticket.edit(new Ticket.Edit(null, null, null, 1, 1, null, null, null), NOW))
        .isInstanceOfSatisfying(
            Refused.class, r -> assertThat(r.errors().get(0).field()).isEqualTo("reason"));
    List<Change> changes =
        ticket.edit(new Ticket.Edit(null, null, null, 1, 1, null, null, "ward down"), NOW);
    assertThat(ticket.priority().name()).isEqualTo("P1");
    assertThat(changes)
        .anySatisfy(c -> assertThat(c.field()).isEqualTo("priority"))
        .allSatisfy(c -> assertThat(c.note()).isEqualTo("ward down"));
  }

  private static Ticket.Transition reopen() {
    return new Ticket.Transition(TicketStatus.IN_PROGRESS, "still broken", null, null);
  }

  private static Ticket resolvedAt(Instant resolved) {
    return new Ticket(
        1L,
        1,
        "INC-000001",
        TicketType.INCIDENT,
        "Printer",
        "Jammed",
        1,
        2,
        2,
        TicketStatus.RESOLVED,
        null,
        Tier.L1,
        1L,
        7L,
        5,
        false,
        3,
        NOW.minus(Duration.ofDays(10)),
        resolved,
        resolved,
        null,
        ResolutionCode.FIXED,
        "Cleared the jam",
        NOW.minus(Duration.ofDays(10)),
        0,
        null,
        null,
        1,
        null);
  }

  private static Ticket ticket(TicketStatus status, Long assignee) {
    Instant created = NOW.minus(Duration.ofHours(3));
    return new Ticket(
        1L,
        1,
        "INC-000001",
        TicketType.INCIDENT,
        "Printer",
        "Jammed",
        1,
        2,
        2,
        status,
        status == TicketStatus.PENDING ? PendingReason.CUSTOMER : null,
        Tier.L1,
        1L,
        assignee,
        5,
        false,
        3,
        created,
        created,
        status == TicketStatus.RESOLVED ? NOW.minusSeconds(60) : null,
        null,
        status == TicketStatus.RESOLVED ? ResolutionCode.FIXED : null,
        null,
        null,
        0,
        null,
        null,
        1,
        null);
  }
}
