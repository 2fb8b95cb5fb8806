package org.medley.desk.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.medley.coverage.Tier;
import org.medley.desk.internal.AssignmentPolicy.Candidate;

class AssignmentPolicyTest {

  @Test
  void picksTheLeastLoadedSkilledMemberOnShift() {
    List<Candidate> team =
        List.of(
            new Candidate(1, true, 3, 8, 40), // 0.20 per capacity hour
            new Candidate(2, true, 4, 3, 20), // 0.15: lowest relative load
            new Candidate(3, false, 4, 0, 40), // off shift
            new Candidate(4, true, 2, 0, 40)); // not skilled enough for L2
    assertThat(AssignmentPolicy.choose(Tier.L2, team)).contains(2L);
  }

  @Test
  void eachTierNeedsItsLevel() {
    List<Candidate> scripted = List.of(new Candidate(7, true, 2, 0, 40));
    assertThat(AssignmentPolicy.choose(Tier.L1, scripted)).contains(7L);
    assertThat(AssignmentPolicy.choose(Tier.L2, scripted)).isEmpty();
    assertThat(AssignmentPolicy.choose(Tier.L3, List.of(new Candidate(8, true, 3, 0, 40))))
        .isEmpty();
    assertThat(AssignmentPolicy.choose(Tier.VENDOR, List.of(new Candidate(9, true, 0, 0, 40))))
        .contains(9L);
  }

  @Test
  void nobodyOnShiftOrWithoutCapacityLeavesTheTicketInTheQueue() {
    assertThat(AssignmentPolicy.choose(Tier.L2, List.of(new Candidate(1, false, 4, 0, 40))))
        .isEqualTo(Optional.empty());
    assertThat(AssignmentPolicy.choose(Tier.L2, List.of(new Candidate(1, true, 4, 0, 0))))
        .isEmpty();
    assertThat(AssignmentPolicy.choose(Tier.L2, List.of())).isEmpty();
  }

  @Test
  void tiesGoToTheLowerStaffIdSoTheChoiceRepeats() {
    List<Candidate> twins =
        List.of(new Candidate(12, true, 3, 2, 40), new Candidate(5, true, 3, 2, 40));
    assertThat(AssignmentPolicy.choose(Tier.L2, twins)).contains(5L);
  }

  @Test
  void fewestOpenTicketsNeedsNoShiftSkillOrCapacity() {
    // A hospital on day one: nobody has a shift, a skill or a capacity recorded.
    List<Candidate> dayOne =
        List.of(new Candidate(1, false, 0, 4, 0), new Candidate(2, false, 0, 1, 0));
    assertThat(AssignmentPolicy.choose(AssignmentStrategy.FEWEST_OPEN_TICKETS, Tier.L2, dayOne))
        .contains(2L);
    // The same people under the skilled-on-shift strategy: nobody qualifies.
    assertThat(AssignmentPolicy.choose(AssignmentStrategy.SKILLED_ON_SHIFT, Tier.L2, dayOne))
        .isEmpty();
  }

  @Test
  void fewestOpenTicketsIgnoresCapacityAndBreaksTiesByStaffId() {
    List<Candidate> team =
        List.of(
            new Candidate(9, true, 4, 2, 40), // 0.05 per capacity hour, but 2 open tickets
            new Candidate(3, true, 1, 1, 4), // 0.25 per capacity hour, 1 open ticket
            new Candidate(2, true, 1, 1, 4)); // the same load: the lower id wins
    assertThat(AssignmentPolicy.choose(AssignmentStrategy.FEWEST_OPEN_TICKETS, Tier.L3, team))
        .contains(2L);
    assertThat(AssignmentPolicy.choose(AssignmentStrategy.SKILLED_ON_SHIFT, Tier.L1, team))
        .contains(9L);
    assertThat(AssignmentPolicy.choose(AssignmentStrategy.FEWEST_OPEN_TICKETS, Tier.L1, List.of()))
        .isEmpty();
  }
}
