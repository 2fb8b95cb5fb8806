package org.medley.sla.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.medley.coverage.Tier;
import org.medley.desk.PendingReason;
import org.medley.desk.Priority;
import org.medley.desk.TicketSnapshot;
import org.medley.desk.TicketStatus;
import org.medley.desk.TicketType;

class PolicyMatcherTest {

  static SlaPolicy policy(
      long id, TicketType type, Priority priority, Integer criticality, Long org, boolean active) {
    return policy(id, type, priority, criticality, org, null, active);
  }

  static SlaPolicy policy(
      long id,
      TicketType type,
      Priority priority,
      Integer criticality,
      Long org,
      Long engagement,
      boolean active) {
    return new SlaPolicy(
        id,
        "p" + id,
        type,
        priority,
        criticality,
        org,
        engagement,
        new PolicyTerms(
            1,
            Duration.ofHours(1),
            Duration.ofHours(8),
            PauseRule.DEFAULT,
            PolicyTerms.DEFAULT_WARNINGS,
            Set.of()),
        SlaPolicy.ResponseMetBy.EITHER,
        SlaPolicy.Retarget.CARRY_OVER,
        active);
  }

  static final List<SlaPolicy> POLICIES =
      List.of(
          policy(1, null, null, null, null, true), // catch-all
          policy(2, null, Priority.P1, null, null, true),
          policy(3, TicketType.INCIDENT, Priority.P1, null, null, true),
          policy(4, TicketType.INCIDENT, Priority.P1, 1, null, true),
          policy(5, null, Priority.P2, null, 77L, true), // P2 while partner 77 holds it
          policy(6, null, Priority.P2, null, null, true),
          policy(7, null, Priority.P3, null, null, false), // inactive
          policy(8, null, Priority.P4, null, null, true),
          policy(9, null, Priority.P4, null, null, true), // same specificity, younger
          // While engagement 501 (partner 77's overnight desk) holds a P2:
          policy(10, null, Priority.P2, null, null, 501L, true),
          policy(11, null, Priority.P2, null, 77L, 501L, true),
          // Anything engagement 601 (partner 78) holds:
          policy(12, null, null, null, null, 601L, true));

  static TicketSnapshot ticket(TicketType type, Priority p, int criticality, Long partner) {
    return new TicketSnapshot(
        1,
        1,
        "INC-000001",
        type,
        p,
        TicketStatus.NEW,
        null,
        Tier.L1,
        1L,
        partner,
        null,
        1,
        criticality,
        1,
        false,
        Instant.EPOCH);
  }

  @ParameterizedTest(name = "{0} {1} crit {2} partner {3} engagement {4} → policy {5}")
  @CsvSource({
    "INCIDENT, P1, 1, , , 4",
    "INCIDENT, P1, 2, , , 3",
    "SERVICE_REQUEST, P1, 1, , , 2",
    "INCIDENT, P2, 3, 77, , 5",
    "INCIDENT, P2, 3, 78, , 6",
    "INCIDENT, P2, 3, , , 6",
    "INCIDENT, P3, 3, , , 1",
    "INCIDENT, P4, 4, , , 8",
    // Engagement criteria count like any other: partner and engagement beat either alone.
    "INCIDENT, P2, 3, 77, 501, 11",
    // Another engagement of the same partner: the partner's policy.
    "INCIDENT, P2, 3, 77, 502, 5",
    "INCIDENT, P3, 3, 78, 601, 12",
    // Engagement 601 ended (no engagement holds it any more): back to the catch-all.
    "INCIDENT, P3, 3, 78, , 1",
    // More specific on other criteria still wins over the engagement alone.
    "INCIDENT, P1, 1, 78, 601, 4"
  })
  void theMostSpecificActivePolicyWinsThenTheOldest(
      TicketType type,
      Priority priority,
      int criticality,
      Long partner,
      Long engagement,
      long expected) {
    assertThat(
            PolicyMatcher.match(POLICIES, ticket(type, priority, criticality, partner), engagement))
        .get()
        .extracting(SlaPolicy::id)
        .isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0}:{1} pauses under {2}? {3}")
  @CsvSource({
    "PENDING, CUSTOMER, 'PENDING:CUSTOMER,PENDING:VENDOR', true",
    "PENDING, CHANGE, 'PENDING:CUSTOMER,PENDING:VENDOR', false",
    "PENDING, CHANGE, 'PENDING', true",
    "IN_PROGRESS, , 'PENDING', false",
    "NEW, , 'NEW', true"
  })
  void pauseRules(TicketStatus status, PendingReason reason, String tokens, boolean pauses) {
    assertThat(PauseRule.parse(tokens).pauses(status, reason)).isEqualTo(pauses);
  }
}
