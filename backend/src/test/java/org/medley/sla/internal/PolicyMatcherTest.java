package org.medley.sla.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.medley.desk.PendingReason;
import org.medley.desk.Priority;
import org.medley.desk.TicketSnapshot;
import org.medley.desk.TicketStatus;
import org.medley.desk.TicketType;
import org.medley.desk.Tier;

class PolicyMatcherTest {

  static SlaPolicy policy(
      long id, TicketType type, Priority priority, Integer criticality, Long org, boolean active) {
    return new SlaPolicy(
        id,
        "p" + id,
        type,
        priority,
        criticality,
        org,
        1,
        Duration.ofHours(1),
        Duration.ofHours(8),
        SlaPolicy.ResponseMetBy.EITHER,
        PauseRule.DEFAULT,
        SlaPolicy.DEFAULT_WARNINGS,
        Set.of(),
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
          policy(9, null, Priority.P4, null, null, true)); // same specificity, younger

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

  @ParameterizedTest(name = "{0} {1} crit {2} partner {3} → policy {4}")
  @CsvSource({
    "INCIDENT, P1, 1, , 4",
    "INCIDENT, P1, 2, , 3",
    "SERVICE_REQUEST, P1, 1, , 2",
    "INCIDENT, P2, 3, 77, 5",
    "INCIDENT, P2, 3, 78, 6",
    "INCIDENT, P2, 3, , 6",
    "INCIDENT, P3, 3, , 1",
    "INCIDENT, P4, 4, , 8"
  })
  void theMostSpecificActivePolicyWinsThenTheOldest(
      TicketType type, Priority priority, int criticality, Long partner, long expected) {
    assertThat(PolicyMatcher.match(POLICIES, ticket(type, priority, criticality, partner)))
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
