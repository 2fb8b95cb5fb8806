package org.medley.integrations.servicenow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.medley.integrations.TestUpdates.PNG;
import static org.medley.integrations.TestUpdates.attached;
import static org.medley.integrations.TestUpdates.create;
import static org.medley.integrations.TestUpdates.described;
import static org.medley.integrations.TestUpdates.file;
import static org.medley.integrations.TestUpdates.png;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.medley.integrations.Desks;
import org.medley.integrations.api.DeskConnection;
import org.medley.integrations.api.DeskKind;
import org.medley.integrations.api.DeskRefused;
import org.medley.integrations.api.DeskUpdate;
import org.medley.integrations.fakes.FakeServiceNow;

/**
 * Description edits and files to ServiceNow: {@code description} on the incident, files through the
 * Attachment API as raw bytes, once even when a delivery is repeated, and a file over the
 * instance's size limit refused for good.
 */
class ServiceNowFilesTest {

  static FakeServiceNow sn;
  static Desks desks;

  @BeforeAll
  static void start() {
    sn = new FakeServiceNow("medley.integration", "s3cret");
    desks =
        Desks.start(
            List.of(new ServiceNow()),
            new Desks.Settings(
                Duration.ofSeconds(2), Duration.ofSeconds(5), 1, Duration.ofMillis(10), 20),
            Clock.systemUTC());
  }

  @AfterAll
  static void stop() {
    desks.close();
    sn.close();
  }

  @BeforeEach
  void healthy() {
    sn.recover();
    sn.maxAttachmentBytes(1024L * 1024 * 1024);
  }

  static DeskConnection connection() {
    return new DeskConnection(
        3,
        DeskKind.SERVICENOW,
        "Northwind ServiceNow",
        sn.baseUrl(),
        DeskConnection.Auth.basic("medley.integration", "s3cret"),
        Map.of("integrationUser", "medley.integration"),
        null);
  }

  @Test
  void anEditedDescriptionSetsTheIncidentsDescription() {
    String id = desks.deliver(connection(), create("INC-000501")).externalId();

    desks.deliver(connection(), described("INC-000501", id, "Every page, since the toner change"));

    assertThat(sn.incident(id).get("description")).isEqualTo("Every page, since the toner change");
    assertThat(sn.incident(id).get("short_description")).isEqualTo("Printer jams");
  }

  @Test
  void aFileIsUploadedToTheIncidentByteForByteAndARepeatUploadsNothing() {
    String id = desks.deliver(connection(), create("INC-000502")).externalId();
    DeskUpdate file = attached("INC-000502", id, png("jam.png"));

    desks.deliver(connection(), file);
    desks.deliver(connection(), file); // the answer was lost: the outbox delivers again

    assertThat(sn.attachments(id))
        .singleElement()
        .satisfies(
            a -> {
              assertThat(a.fileName()).isEqualTo("jam.png");
              assertThat(a.contentType()).isEqualTo("image/png");
              assertThat(a.content()).isEqualTo(PNG);
              assertThat(a.createdBy()).isEqualTo("medley.integration");
            });
    assertThat(
            sn.requests().stream()
                .filter(r -> r.method().equals("POST") && r.path().contains("/attachment/file"))
                .filter(r -> r.path().contains("table_sys_id=" + id))
                .count())
        .isEqualTo(1);
  }

  @Test
  void anotherFileOfTheSameNameIsUploadedToo() {
    String id = desks.deliver(connection(), create("INC-000503")).externalId();

    desks.deliver(connection(), attached("INC-000503", id, png("screen.png")));
    desks.deliver(
        connection(),
        attached("INC-000503", id, file("screen.png", "image/png", new byte[] {1, 2, 3})));

    assertThat(sn.attachments(id)).hasSize(2);
  }

  @Test
  void aFileOverTheInstancesLimitIsRefusedForGood() {
    String id = desks.deliver(connection(), create("INC-000504")).externalId();
    sn.maxAttachmentBytes(4);

    assertThatThrownBy(
            () -> desks.deliver(connection(), attached("INC-000504", id, png("big.png"))))
        .isInstanceOf(DeskRefused.class)
        .hasMessageContaining("max_size");
    assertThat(sn.attachments(id)).isEmpty();
  }
}
