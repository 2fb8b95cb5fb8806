package org.medley.ebonding.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.medley.ebonding.internal.TestDesks.count;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.medley.integrations.api.DeskChange;
import org.medley.integrations.api.DeskChange.Kind;
import org.medley.integrations.api.DeskKind;
import org.medley.integrations.api.WebhookSignature;
import org.medley.platform.Refused;
import org.medley.testing.TestApp;

/**
 * A signed webhook call's events, read by a scripted protocol, each applied once; the call answers
 * per event. (The HTTP refusals are in {@link WebhookApiTest}; this drives {@link Webhooks} with a
 * desk double, since the protocols that parse real desks' events are their own modules' tests.)
 */
class WebhooksTest {

  private static final String SECRET = "webhook-secret";
  private static final String BODY = "{\"event\":\"scripted\"}";

  private final ScriptedDesk desk = new ScriptedDesk(10);
  private final Webhooks webhooks =
      new Webhooks(
          TestApp.context().getBean(ConnectorDirectory.class),
          desk,
          TestApp.context().getBean(InboundChanges.class),
          TestApp.context().getBean(WebhookTokens.class),
          1024 * 1024);

  private static DeskChange change(String externalId, Kind kind, String text) {
    return new DeskChange(
        UUID.randomUUID().toString(), externalId, kind, text, "ana", "open", Instant.now());
  }

  private Webhooks.Receipt call(ConnectorDirectory.Connector connector) {
    return webhooks.receive(
        connector.id(),
        Map.of(WebhookSignature.HEADER, WebhookSignature.sign(SECRET, BODY)),
        BODY.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void eachEventOfACallIsAppliedOnceAndAnsweredFor() {
    var connector = TestDesks.connector(DeskKind.JIRA_SM, "Webhook JSM", SECRET);
    long ticket = TestDesks.partnerTicket("Webhook happy path");
    TestDesks.reference(ticket, connector, "HOSP-" + ticket);
    DeskChange reply = change("HOSP-" + ticket, Kind.PUBLIC_REPLY, "Looking now");
    DeskChange stray = change("HOSP-0", Kind.PUBLIC_REPLY, "Not Medley's ticket");
    desk.webhookReads(List.of(reply, stray));

    Webhooks.Receipt first = call(connector);
    assertThat(first.applied()).isEqualTo(1);
    assertThat(first.duplicates()).isZero();
    assertThat(first.changes())
        .extracting(Webhooks.Received::outcome)
        .containsExactly("APPLIED", "UNKNOWN_TICKET");

    // The desk retries the same call: nothing new.
    Webhooks.Receipt again = call(connector);
    assertThat(again.applied()).isZero();
    assertThat(again.duplicates()).isEqualTo(1);
    assertThat(count("ticket_comments WHERE ticket_id = " + ticket + " AND body = 'Looking now'"))
        .isEqualTo(1);
  }

  @Test
  void aCallOfOnlyUnknownTicketsIs404AndWritesNothing() {
    var connector = TestDesks.connector(DeskKind.JIRA_SM, "Webhook unknown", SECRET);
    desk.webhookReads(List.of(change("HOSP-404", Kind.RESOLVED, "Done")));
    assertThatThrownBy(() -> call(connector))
        .isInstanceOfSatisfying(
            Refused.class,
            refused -> {
              assertThat(refused.kind()).isEqualTo(Refused.Kind.NOT_FOUND);
              assertThat(refused.getMessage()).contains("HOSP-404");
            });
    assertThat(count("desk_inbound_events WHERE connector_id = " + connector.id())).isZero();
  }
}
