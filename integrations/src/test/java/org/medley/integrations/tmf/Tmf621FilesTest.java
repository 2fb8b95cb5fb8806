package org.medley.integrations.tmf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.medley.integrations.TestUpdates.PNG;
import static org.medley.integrations.TestUpdates.attached;
import static org.medley.integrations.TestUpdates.create;
import static org.medley.integrations.TestUpdates.described;
import static org.medley.integrations.TestUpdates.file;
import static org.medley.integrations.TestUpdates.png;

import com.fasterxml.jackson.databind.JsonNode;
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
import org.medley.integrations.fakes.FakeTmf621;

/**
 * Description edits and files to a partner's TMF621 API: {@code description} by merge patch, a file
 * as an AttachmentRefOrValue by value in the ticket's {@code attachment} list, once even when a
 * delivery is repeated, earlier entries kept.
 */
class Tmf621FilesTest {

  static FakeTmf621 partner;
  static Desks desks;

  @BeforeAll
  static void start() {
    partner = new FakeTmf621("medley", "client-secret");
    desks =
        Desks.start(
            List.of(new Tmf621()),
            new Desks.Settings(
                Duration.ofSeconds(2), Duration.ofSeconds(5), 1, Duration.ofMillis(10), 20),
            Clock.systemUTC());
  }

  @AfterAll
  static void stop() {
    desks.close();
    partner.close();
  }

  @BeforeEach
  void healthy() {
    partner.recover();
    partner.maxBodyBytes(16L * 1024 * 1024);
  }

  static DeskConnection connection() {
    return new DeskConnection(
        9,
        DeskKind.TMF621,
        "Telco TMF",
        partner.baseUrl(),
        DeskConnection.Auth.oauth2(partner.tokenUrl(), "medley", "client-secret"),
        Map.of("integrationUser", "Medley"),
        null);
  }

  @Test
  void anEditedDescriptionIsMergePatched() {
    String id = desks.deliver(connection(), create("INC-000901")).externalId();

    desks.deliver(connection(), described("INC-000901", id, "Every page since the toner change"));

    JsonNode ticket = partner.ticket(id).orElseThrow();
    assertThat(ticket.path("description").asText()).isEqualTo("Every page since the toner change");
    assertThat(partner.events())
        .anyMatch(e -> e.contains("TroubleTicketAttributeValueChangeEvent"));
  }

  @Test
  void filesJoinTheAttachmentListByValueOnceEachKeepingEarlierOnes() {
    String id = desks.deliver(connection(), create("INC-000902")).externalId();
    DeskUpdate first = attached("INC-000902", id, png("pump-error.png"));
    DeskUpdate second =
        attached("INC-000902", id, file("log.txt", "text/plain", "E-17 at 03:12".getBytes()));

    desks.deliver(connection(), first);
    desks.deliver(connection(), first); // the answer was lost: the outbox delivers again
    desks.deliver(connection(), second);

    JsonNode attachments = partner.ticket(id).orElseThrow().path("attachment");
    assertThat(attachments).hasSize(2);
    JsonNode entry = attachments.get(0);
    assertThat(entry.path("id").asText()).isEqualTo("medley-" + first.eventId());
    assertThat(entry.path("mimeType").asText()).isEqualTo("image/png");
    assertThat(entry.path("size").path("amount").asLong()).isEqualTo(PNG.length);
    assertThat(entry.path("size").path("units").asText()).isEqualTo("bytes");
    assertThat(entry.path("@type").asText()).isEqualTo("Attachment");
    assertThat(partner.attachedFiles(id).get("pump-error.png")).isEqualTo(PNG);
    assertThat(partner.attachedFiles(id).get("log.txt")).isEqualTo("E-17 at 03:12".getBytes());
  }

  @Test
  void aBodyOverThePartnersLimitIsRefusedForGood() {
    String id = desks.deliver(connection(), create("INC-000903")).externalId();
    partner.maxBodyBytes(10);

    assertThatThrownBy(
            () -> desks.deliver(connection(), attached("INC-000903", id, png("big.png"))))
        .isInstanceOf(DeskRefused.class)
        .satisfies(e -> assertThat(((DeskRefused) e).status()).isEqualTo(413));
  }
}
