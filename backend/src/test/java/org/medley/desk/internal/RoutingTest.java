package org.medley.desk.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.medley.coverage.Tier;
import org.medley.desk.internal.AssignmentPolicy.Candidate;

class RoutingTest {

  private static SupportGroupStore.Group group(long id, String name, Tier tier, Long partner) {
    return GroupsForTests.group(id, 1, name, tier, partner);
  }

  private static final List<SupportGroupStore.Group> GROUPS =
      List.of(
          group(10, "Service Desk", Tier.L1, null),
          group(20, "Clinical Apps", Tier.L2, null),
          group(21, "Overnight L2", Tier.L2, 7L),
          group(30, "Integration", Tier.L3, null));

  @Test
  void theApplicationsOwnGroupComesFirstAndTheGroupsAreNotRead() {
    assertThat(
            Routing.groupAt(
                Map.of(Tier.L2, 21L),
                () -> {
                  throw new AssertionError("groups read although the application names one");
                },
                Tier.L2))
        .contains(21L);
  }

  @Test
  void withoutOneTheTenantsFirstGroupAtTheTierTakesIt() {
    assertThat(Routing.groupAt(Map.of(Tier.L3, 30L), () -> GROUPS, Tier.L2)).contains(20L);
    assertThat(Routing.groupAt(Map.of(), () -> GROUPS, Tier.L1)).contains(10L);
  }

  @Test
  void aTierNobodyWorksHasNoGroup() {
    assertThat(Routing.groupAt(Map.of(), () -> GROUPS, Tier.VENDOR)).isEmpty();
  }

  @Test
  void triageIsTheHospitalsOwnFirstL1GroupByName() {
    List<SupportGroupStore.Group> groups =
        List.of(
            group(3, "Service Desk", Tier.L1, null),
            group(1, "Overnight Desk", Tier.L1, 7L), // a partner's: never triages
            group(2, "Applications Desk", Tier.L1, null),
            group(4, "Clinical Apps", Tier.L2, null));
    assertThat(Routing.triage(groups)).map(SupportGroupStore.Group::id).contains(2L);
    assertThat(Routing.triage(List.of(group(1, "Overnight Desk", Tier.L1, 7L)))).isEmpty();
  }

  @Test
  void aMemberNothingIsKnownAboutIsUnskilledIdleAndWithoutCapacity() {
    List<Candidate> candidates =
        Routing.candidates(
            List.of(1L, 2L), Set.of(1L), Map.of(1L, 3), Map.of(1L, 5), Map.of(1L, 40.0));
    assertThat(candidates)
        .containsExactly(new Candidate(1, true, 3, 5, 40.0), new Candidate(2, false, 0, 0, 0.0));
  }
}
