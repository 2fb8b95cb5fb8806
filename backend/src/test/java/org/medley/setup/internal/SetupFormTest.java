package org.medley.setup.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.medley.platform.Problem;

class SetupFormTest {

  private static SetupRequest request(String zone, String from, String to, String password) {
    return new SetupRequest(
        "token",
        new SetupRequest.Organization("Lakeview Medical Center", zone),
        from == null ? null : new SetupRequest.BusinessHours(from, to),
        new SetupRequest.Admin("Morgan Lee", "morgan.lee@lakeview.example", password));
  }

  private static List<String> fields(List<Problem.FieldError> refusals) {
    return refusals.stream().map(Problem.FieldError::field).toList();
  }

  @Test
  void aCompleteFormPasses() {
    assertThat(
            SetupForm.refusals(
                request("America/Chicago", "07:30", "18:00", "quiet lantern harbour 42"), true))
        .isEmpty();
    assertThat(SetupForm.refusals(request("UTC", null, null, "quiet lantern harbour 42"), true))
        .isEmpty();
  }

  @Test
  void everyMistakeIsNamedAtOnce() {
    assertThat(fields(SetupForm.refusals(request("Mars/Olympus", "7am", "07:00", "short"), true)))
        .containsExactly("organization.timeZone", "businessHours.from", "admin.password");
  }

  @Test
  void anOffsetIsNoHospitalZoneAndHoursMustDiffer() {
    assertThat(
            fields(
                SetupForm.refusals(
                    request("+02:00", "08:00", "08:00", "quiet lantern harbour 42"), true)))
        .containsExactly("organization.timeZone", "businessHours.to");
  }

  @Test
  void thePasswordMayNotBeBuiltFromTheOrganisationsName() {
    assertThat(
            fields(SetupForm.refusals(request("UTC", null, null, "LakeviewMedicalCenter"), true)))
        .containsExactly("admin.password");
  }

  @Test
  void withoutAnAdministratorOnlyTheOrganisationIsChecked() {
    var organisationOnly =
        new SetupRequest(
            null, new SetupRequest.Organization("Riverside", "America/New_York"), null, null);
    assertThat(SetupForm.refusals(organisationOnly, false)).isEmpty();
    assertThat(fields(SetupForm.refusals(organisationOnly, true))).containsExactly("admin");
  }
}
