package org.medley.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.medley.identity.Role;

class RoleAssignmentTest {

  @Test
  void aHospitalEmployeeHoldsAnyHospitalRoles() {
    assertThat(RoleAssignment.refusal(EnumSet.of(Role.AGENT, Role.END_USER), false)).isEmpty();
    assertThat(RoleAssignment.refusal(EnumSet.of(Role.ADMIN), false)).isEmpty();
  }

  @Test
  void aPartnersEmployeeHoldsPartnerRolesAndNothingElse() {
    assertThat(RoleAssignment.refusal(EnumSet.of(Role.PARTNER_AGENT), true)).isEmpty();
    assertThat(RoleAssignment.refusal(EnumSet.of(Role.PARTNER_MANAGER), true)).isEmpty();
    assertThat(RoleAssignment.refusal(EnumSet.of(Role.PARTNER_MANAGER, Role.PARTNER_AGENT), true))
        .isEmpty();
    assertThat(RoleAssignment.refusal(EnumSet.of(Role.PARTNER_MANAGER, Role.IT_LEADER), true))
        .isPresent();
    assertThat(RoleAssignment.refusal(EnumSet.of(Role.PARTNER_AGENT, Role.ADMIN), true))
        .hasValueSatisfying(why -> assertThat(why).contains("partner-agent"));
    assertThat(RoleAssignment.refusal(EnumSet.of(Role.AGENT), true)).isPresent();
  }

  @Test
  void theHospitalsOwnPeopleAreNotPartnerAgentsAndEveryoneHasARole() {
    assertThat(RoleAssignment.refusal(EnumSet.of(Role.PARTNER_AGENT), false)).isPresent();
    assertThat(RoleAssignment.refusal(EnumSet.of(Role.PARTNER_MANAGER), false)).isPresent();
    assertThat(RoleAssignment.refusal(EnumSet.noneOf(Role.class), false))
        .hasValue("at least one role");
  }

  @Test
  void rolesAreReadFromTheirClaimNames() {
    assertThat(RoleAssignment.parse(List.of("agent", " end-user ")))
        .containsExactlyInAnyOrder(Role.AGENT, Role.END_USER);
    assertThatThrownBy(() -> RoleAssignment.parse(List.of("root")))
        .hasMessageContaining("unknown role root");
  }
}
