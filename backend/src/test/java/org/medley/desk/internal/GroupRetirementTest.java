package org.medley.desk.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class GroupRetirementTest {

  @Test
  void aGroupNothingHoldsMayRetire() {
    assertThat(GroupRetirement.refusal("Imaging", 0, false)).isEmpty();
  }

  @Test
  void openTicketsHoldItAndTheRefusalCountsThem() {
    assertThat(GroupRetirement.refusal("Imaging", 3, false))
        .contains("Imaging still has 3 open tickets: move them to another group first.");
    assertThat(GroupRetirement.refusal("Imaging", 1, false))
        .contains("Imaging still has 1 open ticket: move it to another group first.");
  }

  @Test
  void anActiveEngagementHoldsIt() {
    assertThat(GroupRetirement.refusal("Apex Legacy Support", 0, true))
        .contains(
            "Apex Legacy Support still has an active engagement: take the group out of the"
                + " engagement or end it first.");
    assertThat(GroupRetirement.refusal("Apex Legacy Support", 2, true).orElseThrow())
        .startsWith("Apex Legacy Support still has 2 open tickets and an active engagement:");
  }
}
