package org.medley.ebonding.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.medley.ebonding.internal.TestDesks.count;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.medley.integrations.api.DeskKind;
import org.medley.integrations.fakes.FakeRequestTracker;
import org.medley.testing.TestApp;

/**
 * A Request Tracker desk (the in-process fake speaking REST2) polled through the application's own
 * desk gateway: what the partner's agent does in RT reaches the Medley ticket once, and a new
 * poller (a restarted node) brings nothing twice.
 */
class RequestTrackerPollTest {

  private final FakeRequestTracker rt = new FakeRequestTracker("medley", "1-22-medleytoken");

  @AfterEach
  void stop() {
    TestDesks.unlinkNorthwind();
    rt.close();
  }

  private DeskPoller poller(ConnectorDirectory.Connector connector, String node) {
    return TestDesks.poller(connector, node);
  }

  @Test
  void whatThePartnerDoesInRtReachesTheTicketOnce() {
    var connector =
        TestDesks.connector(
            DeskKind.REQUEST_TRACKER,
            "Northwind RT",
            rt.baseUrl().toString().replaceAll("/$", ""),
            "{\"type\":\"TOKEN\",\"token\":\"1-22-medleytoken\"}",
            ",\"settings\":{\"integrationUser\":\"medley\",\"queue\":\"General\"}");
    long ticket = TestDesks.partnerTicket("Polled from Request Tracker");
    int rtTicket = rt.open("General", "Medley ticket " + ticket, "medley");
    TestDesks.reference(ticket, connector, String.valueOf(rtTicket));
    TestDesks.linkNorthwind(connector);
    DeskPoller poller = poller(connector, "node-rt");
    assertThat(poller.poll(connector)).isTrue(); // from now on

    rt.reply(rtTicket, "root", "Restarted the print spooler");
    rt.comment(rtTicket, "root", "Spooler leaked handles again");
    rt.setStatus(rtTicket, "root", "stalled");
    rt.setStatus(rtTicket, "root", "resolved");
    assertThat(poller.poll(connector)).isTrue();

    var state = TestApp.context().getBean(PollStates.class).state(connector.id()).orElseThrow();
    assertThat(state.lastError()).isNull();
    assertThat(
            count(
                "ticket_comments WHERE ticket_id = "
                    + ticket
                    + " AND visibility = 'PUBLIC' AND body LIKE '%Restarted the print spooler%'"))
        .isEqualTo(1);
    assertThat(
            count(
                "ticket_comments WHERE ticket_id = "
                    + ticket
                    + " AND visibility = 'INTERNAL' AND body LIKE '%leaked handles%'"))
        .isEqualTo(1);
    assertThat(TestDesks.ticket(ticket).path("status").asText()).isEqualTo("RESOLVED");
    long applied = count("desk_inbound_events WHERE connector_id = " + connector.id());
    assertThat(applied).isGreaterThanOrEqualTo(4);

    // A restarted node polls from the stored watermark: nothing new, nothing twice.
    assertThat(poller(connector, "node-rt-restarted").poll(connector)).isTrue();
    assertThat(count("desk_inbound_events WHERE connector_id = " + connector.id()))
        .isEqualTo(applied);
    assertThat(
            count(
                "ticket_comments WHERE ticket_id = " + ticket + " AND body LIKE '%print spooler%'"))
        .isEqualTo(1);
  }
}
