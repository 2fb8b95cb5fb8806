package org.medley.ebonding.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.medley.ebonding.internal.InboundChanges.Outcome.APPLIED;
import static org.medley.ebonding.internal.InboundChanges.Outcome.DUPLICATE;
import static org.medley.ebonding.internal.InboundChanges.Outcome.IGNORED;
import static org.medley.ebonding.internal.InboundChanges.Outcome.UNKNOWN_TICKET;
import static org.medley.ebonding.internal.TestDesks.comments;
import static org.medley.ebonding.internal.TestDesks.count;
import static org.medley.ebonding.internal.TestDesks.ticket;
import static org.medley.ebonding.internal.TestDesks.token;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.medley.integrations.api.DeskChange;
import org.medley.integrations.api.DeskChange.Kind;
import org.medley.integrations.api.DeskKind;
import org.medley.testing.Api;
import org.medley.testing.TestApp;

/**
 * What a partner does in its own desk reaches Medley's ticket once per desk event: replies and
 * notes merge, status changes follow the conflict rule, a refusal becomes a note, and nothing is
 * sent back to the desk it came from.
 */
class InboundChangesTest {

  private static InboundChanges inbound;

  @BeforeAll
  static void start() {
    inbound = TestApp.context().getBean(InboundChanges.class);
  }

  @AfterEach
  void unlink() {
    TestDesks.unlinkNorthwind();
  }

  private record Bonded(ConnectorDirectory.Connector connector, long ticket, String externalId) {

    DeskChange change(Kind kind, String text) {
      return change(kind, text, Instant.now());
    }

    DeskChange change(Kind kind, String text, Instant at) {
      return new DeskChange(
          UUID.randomUUID().toString(), externalId, kind, text, "jdoe", "desk-status", at);
    }

    InboundChanges.Outcome apply(DeskChange change) {
      return inbound.apply(connector, change);
    }

    String actor() {
      return connector.connection().name() + ": jdoe";
    }
  }

  /**
   * A ticket in Northwind's group, whose engagement names a new connector (its calls go to a desk
   * that records them), with the desk's id recorded.
   */
  private static Bonded bonded(String title) {
    var connector = TestDesks.connector(DeskKind.SERVICENOW, "Northwind SN", "s3cret");
    long ticket = TestDesks.partnerTicket(title);
    String externalId = "INC" + ticket;
    TestDesks.reference(ticket, connector, externalId);
    TestDesks.linkNorthwind(connector);
    return new Bonded(connector, ticket, externalId);
  }

  private static List<JsonNode> commentsBy(long ticket, String author) {
    List<JsonNode> found = new ArrayList<>();
    comments(ticket)
        .forEach(
            c -> {
              if (c.path("authorName").asText().equals(author)) {
                found.add(c);
              }
            });
    return found;
  }

  @Test
  void aReplyArrivesOnceHoweverOftenTheDeskSendsIt() {
    Bonded desk = bonded("Inbound reply");
    DeskChange reply = desk.change(Kind.PUBLIC_REPLY, "We restarted the interface engine.");

    assertThat(desk.apply(reply)).isEqualTo(APPLIED);
    assertThat(desk.apply(reply)).isEqualTo(DUPLICATE);

    List<JsonNode> comments = commentsBy(desk.ticket(), desk.actor());
    assertThat(comments).hasSize(1);
    assertThat(comments.get(0).path("visibility").asText()).isEqualTo("PUBLIC");
    assertThat(comments.get(0).path("body").asText())
        .isEqualTo("We restarted the interface engine.");
    assertThat(ticket(desk.ticket()).path("firstResponseAt").isNull()).isFalse();
    assertThat(
            TestApp.queryString(
                "SELECT outcome FROM desk_inbound_events WHERE connector_id = "
                    + desk.connector().id()
                    + " AND desk_event_id = '"
                    + reply.deskEventId()
                    + "'"))
        .isEqualTo("APPLIED");
  }

  @Test
  void notesAndTheDesksAssigneeAreInternal() {
    Bonded desk = bonded("Inbound notes");
    assertThat(desk.apply(desk.change(Kind.INTERNAL_NOTE, "Checked the HL7 feed")))
        .isEqualTo(APPLIED);
    assertThat(desk.apply(desk.change(Kind.ASSIGNEE, "John Doe"))).isEqualTo(APPLIED);

    List<JsonNode> comments = commentsBy(desk.ticket(), desk.actor());
    assertThat(comments).extracting(c -> c.path("visibility").asText()).containsOnly("INTERNAL");
    assertThat(comments)
        .extracting(c -> c.path("body").asText())
        .containsExactly(
            "Checked the HL7 feed", "Taken by jdoe in " + desk.connector().connection().name());
    // The requester never sees them.
    assertThat(Api.get("/api/tickets/" + desk.ticket() + "/comments", token("enduser")).body())
        .doesNotContain("HL7");
  }

  @Test
  void theDeskMovesTheTicketItsPartnerHolds() {
    Bonded desk = bonded("Inbound status");

    assertThat(desk.apply(desk.change(Kind.IN_PROGRESS, null))).isEqualTo(APPLIED);
    JsonNode working = ticket(desk.ticket());
    assertThat(working.path("status").asText()).isEqualTo("IN_PROGRESS");
    assertThat(working.path("assigneeId").isNull()).as("worked in the partner's desk").isTrue();

    assertThat(desk.apply(desk.change(Kind.ON_HOLD, "Waiting for the vendor's patch")))
        .isEqualTo(APPLIED);
    JsonNode held = ticket(desk.ticket());
    assertThat(held.path("status").asText()).isEqualTo("PENDING");
    assertThat(held.path("pendingReason").asText()).isEqualTo("PARTNER");
    assertThat(commentsBy(desk.ticket(), desk.actor()))
        .extracting(c -> c.path("body").asText())
        .contains(
            "On hold in "
                + desk.connector().connection().name()
                + ": Waiting for the vendor's patch");

    assertThat(desk.apply(desk.change(Kind.RESOLVED, "Patched the interface engine")))
        .isEqualTo(APPLIED);
    JsonNode resolved = ticket(desk.ticket());
    assertThat(resolved.path("status").asText()).isEqualTo("RESOLVED");
    assertThat(resolved.path("resolution").asText()).isEqualTo("Patched the interface engine");
    assertThat(resolved.path("resolutionCode").asText()).isEqualTo("FIXED");

    // The SLA timers heard of it: the desk's resolution met the resolution target.
    var sla = Api.get("/api/tickets/" + desk.ticket() + "/sla", token("agent"));
    assertThat(sla.status()).as(sla.body()).isEqualTo(200);
    assertThat(sla.json().findParents("target"))
        .filteredOn(t -> t.path("target").asText().equals("RESOLUTION"))
        .isNotEmpty()
        .allSatisfy(t -> assertThat(t.path("state").asText()).isEqualTo("MET"));
    // The audit trail names the desk and its user.
    assertThat(Api.get("/api/tickets/" + desk.ticket() + "/audit", token("agent")).body())
        .contains(desk.actor());
  }

  @Test
  void aStatusChangeOlderThanMedleysLastOneBecomesANote() {
    Bonded desk = bonded("Inbound conflict");
    Instant beforeMedley = Instant.now().minus(Duration.ofHours(1));
    // The hospital's agent picks the ticket up now.
    var picked =
        Api.postJson(
            "/api/tickets/" + desk.ticket() + "/transitions",
            "{\"to\":\"IN_PROGRESS\"}",
            token("agent"));
    assertThat(picked.status()).as(picked.body()).isEqualTo(200);

    assertThat(desk.apply(desk.change(Kind.ON_HOLD, "Stalled", beforeMedley))).isEqualTo(IGNORED);
    assertThat(ticket(desk.ticket()).path("status").asText()).isEqualTo("IN_PROGRESS");
    assertThat(commentsBy(desk.ticket(), desk.actor()))
        .singleElement()
        .satisfies(
            note -> {
              assertThat(note.path("visibility").asText()).isEqualTo("INTERNAL");
              assertThat(note.path("body").asText())
                  .contains("put the ticket on hold", "so it stays IN_PROGRESS", "Stalled");
            });

    // A later change of the desk wins.
    assertThat(desk.apply(desk.change(Kind.ON_HOLD, null, Instant.now().plusSeconds(1))))
        .isEqualTo(APPLIED);
    assertThat(ticket(desk.ticket()).path("status").asText()).isEqualTo("PENDING");
  }

  @Test
  void aCancelledTicketIsFinal() {
    Bonded desk = bonded("Inbound final");
    var cancelled =
        Api.postJson(
            "/api/tickets/" + desk.ticket() + "/transitions",
            "{\"to\":\"CANCELLED\",\"reason\":\"Filed twice\"}",
            token("agent"));
    assertThat(cancelled.status()).as(cancelled.body()).isEqualTo(200);

    assertThat(desk.apply(desk.change(Kind.RESOLVED, "Fixed", Instant.now().plusSeconds(5))))
        .isEqualTo(IGNORED);
    assertThat(desk.apply(desk.change(Kind.PUBLIC_REPLY, "Hello?"))).isEqualTo(IGNORED);
    assertThat(ticket(desk.ticket()).path("status").asText()).isEqualTo("CANCELLED");
    assertThat(commentsBy(desk.ticket(), desk.actor())).isEmpty();
  }

  @Test
  void aChangeTheTicketRefusesIsKeptAsANoteNotRetried() {
    Bonded desk = bonded("Inbound refused");
    assertThat(desk.apply(desk.change(Kind.RESOLVED, "Done"))).isEqualTo(APPLIED);
    DeskChange cancel = desk.change(Kind.CANCELLED, "Customer withdrew");

    assertThat(desk.apply(cancel)).isEqualTo(IGNORED);
    assertThat(desk.apply(cancel)).isEqualTo(DUPLICATE);

    assertThat(ticket(desk.ticket()).path("status").asText()).isEqualTo("RESOLVED");
    assertThat(commentsBy(desk.ticket(), desk.actor()))
        .singleElement()
        .satisfies(
            note -> {
              assertThat(note.path("visibility").asText()).isEqualTo("INTERNAL");
              assertThat(note.path("body").asText())
                  .contains("cancelled the ticket", "did not apply it", "RESOLVED");
            });
    assertThat(
            TestApp.queryString(
                "SELECT outcome FROM desk_inbound_events WHERE desk_event_id = '"
                    + cancel.deskEventId()
                    + "'"))
        .isEqualTo("IGNORED");
  }

  @Test
  void aRejectedTicketGoesBackToTheHospitalsGroupWithTheReason() {
    Bonded desk = bonded("Inbound rejected");
    long hospitalGroup =
        TestApp.queryLong(
            "SELECT id FROM support_groups WHERE name = (SELECT old_value FROM ticket_audit WHERE"
                + " ticket_id = "
                + desk.ticket()
                + " AND field = 'group' ORDER BY id LIMIT 1)");

    assertThat(desk.apply(desk.change(Kind.REJECTED, "Not an application we support")))
        .isEqualTo(APPLIED);

    JsonNode back = ticket(desk.ticket());
    assertThat(back.path("groupId").asLong()).isEqualTo(hospitalGroup);
    assertThat(back.path("partnerGroup").asBoolean()).isFalse();
    assertThat(commentsBy(desk.ticket(), desk.actor()))
        .singleElement()
        .satisfies(
            note -> {
              assertThat(note.path("visibility").asText()).isEqualTo("INTERNAL");
              assertThat(note.path("body").asText()).contains("Not an application we support");
            });
    assertThat(count("ticket_audit WHERE action = 'RETURNED' AND ticket_id = " + desk.ticket()))
        .isEqualTo(1);
    // Back with the hospital, the ticket is no longer the desk's to move.
    assertThat(desk.apply(desk.change(Kind.RESOLVED, "Fixed anyway"))).isEqualTo(IGNORED);
    assertThat(ticket(desk.ticket()).path("status").asText()).isNotEqualTo("RESOLVED");
    assertThat(commentsBy(desk.ticket(), desk.actor()))
        .last()
        .satisfies(
            note ->
                assertThat(note.path("body").asText())
                    .contains("no longer with")
                    .contains("Fixed anyway"));
  }

  @Test
  void anUnknownTicketWritesNothing() {
    Bonded desk = bonded("Inbound unknown");
    DeskChange stray =
        new DeskChange(
            UUID.randomUUID().toString(), "INC-NOPE", Kind.PUBLIC_REPLY, "hi", "x", null, null);
    assertThat(desk.apply(stray)).isEqualTo(UNKNOWN_TICKET);
    assertThat(count("desk_inbound_events WHERE connector_id = " + desk.connector().id())).isZero();
  }

  @Test
  void nothingAppliedFromADeskIsSentBackToIt() {
    Bonded desk = bonded("Inbound echo");
    desk.apply(desk.change(Kind.PUBLIC_REPLY, "From the desk"));
    desk.apply(desk.change(Kind.IN_PROGRESS, null));
    desk.apply(desk.change(Kind.RESOLVED, "From the desk too"));
    assertThat(ticket(desk.ticket()).path("status").asText()).isEqualTo("RESOLVED");
    assertThat(
            count(
                "outbox_events WHERE type = 'ebonding.deliver' AND ordering_key = 'desk:"
                    + desk.connector().id()
                    + ":"
                    + desk.ticket()
                    + "'"))
        .isZero();
  }

  @Test
  void twoNodesApplyingOneEventAtOnceApplyItOnce() throws Exception {
    Bonded desk = bonded("Inbound race");
    DeskChange reply = desk.change(Kind.PUBLIC_REPLY, "Raced reply");
    CyclicBarrier start = new CyclicBarrier(2);
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      List<Future<InboundChanges.Outcome>> outcomes = new ArrayList<>();
      for (int i = 0; i < 2; i++) {
        outcomes.add(
            pool.submit(
                () -> {
                  start.await();
                  return desk.apply(reply);
                }));
      }
      assertThat(List.of(outcomes.get(0).get(), outcomes.get(1).get()))
          .containsExactlyInAnyOrder(APPLIED, DUPLICATE);
    } finally {
      pool.shutdownNow();
    }
    assertThat(commentsBy(desk.ticket(), desk.actor())).hasSize(1);
  }
}
