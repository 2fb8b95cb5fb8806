package org.medley.ebonding.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.medley.coverage.Tier;
import org.medley.desk.PartnerDeskActions;
import org.medley.desk.Priority;
import org.medley.desk.TicketEvent;
import org.medley.desk.TicketSnapshot;
import org.medley.desk.TicketStatus;
import org.medley.desk.TicketType;
import org.medley.ebonding.internal.OutboundRule.Outbound;
import org.medley.integrations.api.DeskUpdate.Kind;

/** Which desk hears what of a ticket change: the rule as a table of cases. */
class OutboundRuleTest {

  private static final long HOSPITAL = 1;
  private static final long NORTHWIND = 2; // connector 7
  private static final long APEX = 12; // connector 9
  private static final Instant AT = Instant.parse("2026-12-06T12:00:00Z");

  private static final OutboundRule.Desks DESKS =
      new OutboundRule.Desks() {
        private final Map<Long, Long> connectors = Map.of(NORTHWIND, 7L, APEX, 9L);

        @Override
        public Optional<Long> connectorOf(long tenantId, Long groupId) {
          return Optional.ofNullable(groupId == null ? null : connectors.get(groupId));
        }

        @Override
        public String groupName(long tenantId, Long groupId) {
          return groupId == HOSPITAL ? "Service Desk" : "Group " + groupId;
        }
      };

  private static TicketSnapshot ticket(long group, TicketStatus status, Priority priority) {
    return new TicketSnapshot(
        1,
        42,
        "INC-000042",
        TicketType.INCIDENT,
        priority,
        status,
        null,
        Tier.L1,
        group,
        null,
        null,
        3,
        2,
        5,
        false,
        AT);
  }

  private static List<Outbound> of(TicketEvent event) {
    return OutboundRule.of(event, DESKS, Optional.empty());
  }

  @Test
  void openedIntoAPartnersGroupOpensTheTicketInItsDesk() {
    assertThat(
            of(new TicketEvent.Opened(ticket(NORTHWIND, TicketStatus.ASSIGNED, Priority.P2), AT)))
        .containsExactly(new Outbound(7, Kind.CREATE, null));
    assertThat(of(new TicketEvent.Opened(ticket(HOSPITAL, TicketStatus.NEW, Priority.P2), AT)))
        .isEmpty();
  }

  @Test
  void movingBetweenDesksCancelsInOneAndOpensInTheOther() {
    var before = ticket(NORTHWIND, TicketStatus.ASSIGNED, Priority.P2);
    assertThat(
            of(
                new TicketEvent.Changed(
                    before, ticket(APEX, TicketStatus.ASSIGNED, Priority.P2), AT)))
        .containsExactly(
            new Outbound(7, Kind.CANCEL, "taken back by Group 12"),
            new Outbound(9, Kind.CREATE, null));
    assertThat(
            of(
                new TicketEvent.Changed(
                    before, ticket(HOSPITAL, TicketStatus.ASSIGNED, Priority.P2), AT)))
        .containsExactly(new Outbound(7, Kind.CANCEL, "taken back by Service Desk"));
  }

  @Test
  void whileHeldStatusAndPriorityTravelAsTheDesksOwnKinds() {
    var held = ticket(NORTHWIND, TicketStatus.IN_PROGRESS, Priority.P2);
    assertThat(
            of(
                new TicketEvent.Changed(
                    held, ticket(NORTHWIND, TicketStatus.RESOLVED, Priority.P2), AT)))
        .containsExactly(new Outbound(7, Kind.RESOLVE, null));
    assertThat(
            of(
                new TicketEvent.Changed(
                    held, ticket(NORTHWIND, TicketStatus.CANCELLED, Priority.P2), AT)))
        .containsExactly(new Outbound(7, Kind.CANCEL, null));
    assertThat(
            of(
                new TicketEvent.Changed(
                    held, ticket(NORTHWIND, TicketStatus.IN_PROGRESS, Priority.P1), AT)))
        .containsExactly(new Outbound(7, Kind.UPDATE, null));
    assertThat(of(new TicketEvent.Responded(held, AT, TicketEvent.Response.ACKNOWLEDGED)))
        .isEmpty();
    assertThat(
            of(
                new TicketEvent.Commented(
                    held, AT, 1, PartnerDeskActions.Visibility.INTERNAL, "note", "Dana")))
        .containsExactly(new Outbound(7, Kind.INTERNAL_NOTE, null));
  }

  @Test
  void aNewTitleOrDescriptionTravelsAsOneUpdate() {
    var held = ticket(NORTHWIND, TicketStatus.IN_PROGRESS, Priority.P2);
    assertThat(of(new TicketEvent.Edited(held, AT, java.util.Set.of("title", "description"))))
        .containsExactly(new Outbound(7, Kind.UPDATE, null));
    assertThat(of(new TicketEvent.Edited(held, AT, java.util.Set.of("description"))))
        .containsExactly(new Outbound(7, Kind.UPDATE, null));
    assertThat(
            OutboundRule.of(
                new TicketEvent.Edited(held, AT, java.util.Set.of("description")),
                DESKS,
                Optional.of(7L)))
        .as("an edit that came from the desk is not echoed back")
        .isEmpty();
    assertThat(
            of(
                new TicketEvent.Edited(
                    ticket(HOSPITAL, TicketStatus.IN_PROGRESS, Priority.P2),
                    AT,
                    java.util.Set.of("title"))))
        .isEmpty();
  }

  @Test
  void aPublicFileTravelsAndAnInternalOneStaysHome() {
    var held = ticket(NORTHWIND, TicketStatus.IN_PROGRESS, Priority.P2);
    assertThat(of(new TicketEvent.Attached(held, AT, 5, "scan.pdf", "PUBLIC", "Dana")))
        .containsExactly(new Outbound(7, Kind.ATTACHMENT, null));
    assertThat(of(new TicketEvent.Attached(held, AT, 6, "notes.txt", "INTERNAL", "Dana")))
        .isEmpty();
    assertThat(
            of(
                new TicketEvent.Attached(
                    ticket(HOSPITAL, TicketStatus.IN_PROGRESS, Priority.P2),
                    AT,
                    7,
                    "scan.pdf",
                    "PUBLIC",
                    "Dana")))
        .isEmpty();
    assertThat(
            OutboundRule.of(
                new TicketEvent.Attached(held, AT, 5, "scan.pdf", "PUBLIC", "Dana"),
                DESKS,
                Optional.of(7L)))
        .isEmpty();
  }

  @Test
  void filesOfPhiTicketsNeedAnAgreement() {
    assertThat(FileSharing.shared(false, false)).isTrue();
    assertThat(FileSharing.shared(true, true)).isTrue();
    assertThat(FileSharing.shared(true, false)).isFalse();
  }

  @Test
  void aChangeFromADeskIsNotSentBackToIt() {
    var before = ticket(NORTHWIND, TicketStatus.ASSIGNED, Priority.P2);
    var moved =
        new TicketEvent.Changed(before, ticket(APEX, TicketStatus.ASSIGNED, Priority.P2), AT);
    assertThat(OutboundRule.of(moved, DESKS, Optional.of(7L)))
        .containsExactly(new Outbound(9, Kind.CREATE, null));
  }
}
