package org.medley.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AdminContinuityTest {

  @Test
  void anAdminCannotTakeAwayTheirOwnAdministration() {
    assertThat(AdminContinuity.refusal(true, true, false, 3))
        .hasValueSatisfying(r -> assertThat(r.self()).isTrue());
  }

  @Test
  void theLastEnabledAdminStays() {
    assertThat(AdminContinuity.refusal(false, true, false, 0))
        .hasValueSatisfying(r -> assertThat(r.self()).isFalse());
    assertThat(AdminContinuity.refusal(false, true, false, 1)).isEmpty();
  }

  @Test
  void changesThatKeepOrNeverHadAdministrationAreFree() {
    assertThat(AdminContinuity.refusal(true, true, true, 0)).isEmpty();
    assertThat(AdminContinuity.refusal(true, false, false, 0)).isEmpty();
  }
}
