package org.medley.desk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.medley.testing.Api.get;
import static org.medley.testing.Api.postJson;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.medley.testing.Api;
import org.medley.testing.TestApp;
import org.medley.testing.TestUsers;

/** The ticket tells a caller whether "Pick up" will work, and the server agrees. */
class PickUpPermissionTest {

  @Test
  void onlyDeskStaffWithAStaffRecordMayPickUp() throws Exception {
    AttachmentApiTest.signIn();
    long ticket = AttachmentApiTest.file("Pick up " + UUID.randomUUID()).path("id").asLong();
    String agent = TestApp.tokenFor("agent");
    String deskWithoutStaffRecord = TestUsers.demoTenant("agent-no-staff", "agent");

    var noRecord = get("/api/tickets/" + ticket, deskWithoutStaffRecord).json().path("permissions");
    assertThat(noRecord.path("work").asBoolean()).isTrue();
    assertThat(noRecord.path("pickUp").asBoolean()).isFalse();
    Api.Reply refused =
        postJson(
            "/api/tickets/" + ticket + "/transitions",
            "{\"to\":\"IN_PROGRESS\"}",
            deskWithoutStaffRecord);
    assertThat(refused.status()).isEqualTo(409);

    assertThat(
            get("/api/tickets/" + ticket, agent)
                .json()
                .path("permissions")
                .path("pickUp")
                .asBoolean())
        .isTrue();
    Api.Reply picked =
        postJson("/api/tickets/" + ticket + "/transitions", "{\"to\":\"IN_PROGRESS\"}", agent);
    assertThat(picked.status()).as(picked.body()).isEqualTo(200);
  }
}
