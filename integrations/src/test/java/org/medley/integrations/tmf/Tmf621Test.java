package org.medley.integrations.tmf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.apache.camel.builder.NotifyBuilder;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.medley.integrations.Desks;
import org.medley.integrations.api.DeskChange;
import org.medley.integrations.api.DeskConnection;
import org.medley.integrations.api.DeskHealth;
import org.medley.integrations.api.DeskKind;
import org.medley.integrations.api.DeskRefused;
import org.medley.integrations.api.DeskUnavailable;
import org.medley.integrations.api.DeskUpdate;
import org.medley.integrations.api.MalformedDeskEvent;
import org.medley.integrations.api.WebhookSignature;
import org.medley.integrations.fakes.FakeDesk;
import org.medley.integrations.fakes.FakeTmf621;
import org.medley.integrations.jsm.JiraServiceManagement;

/**
 * TMF621 with Medley as the client, through the gateway and its Camel route, against a fake partner
 * API with its hub: tickets, notes and statuses go out by merge patch; the hub's events come back
 * as changes, without Medley's own.
 */
class Tmf621Test {

  static final ObjectMapper JSON = new ObjectMapper();
  static FakeTmf621 partner;
  static Desks desks;
  static int numbers;

  @BeforeAll
  static void start() {
    partner = new FakeTmf621("medley", "client-secret");
    desks =
        Desks.start(
            List.of(new JiraServiceManagement(), new Tmf621()),
            new Desks.Settings(
                Duration.ofSeconds(2), Duration.ofSeconds(5), 1, Duration.ofMillis(10), 20),
            Clock.systemUTC());
  }

  @AfterAll
  static void stop() {
    desks.close();
    partner.close();
  }

  @AfterEach
  void healthy() {
    partner.recover();
  }

  static DeskConnection connection(Map<String, String> settings, DeskConnection.Auth auth) {
    Map<String, String> all = new HashMap<>();
    all.put("integrationUser", "Medley");
    all.put("originatorId", "st-olaf");
    all.put("originatorName", "St. Olaf Hospital");
    all.putAll(settings);
    return new DeskConnection(9, DeskKind.TMF621, "Telco TMF", partner.baseUrl(), auth, all, null);
  }

  static DeskConnection connection() {
    return connection(
        Map.of(), DeskConnection.Auth.oauth2(partner.tokenUrl(), "medley", "client-secret"));
  }

  static String number() {
    return "INC-%06d".formatted(500 + ++numbers);
  }

  static DeskUpdate create(String number, String title) {
    return new DeskUpdate(
        UUID.randomUUID(),
        numbers,
        number,
        null,
        DeskUpdate.Kind.CREATE,
        title,
        "The WAN link to the clinic drops every hour.",
        "P2",
        "ASSIGNED",
        null,
        null,
        null,
        "Nurse Joy",
        Instant.now());
  }

  static DeskUpdate update(String id, DeskUpdate.Kind kind, String status, String text) {
    return update(UUID.randomUUID(), id, kind, status, text);
  }

  static DeskUpdate update(
      UUID eventId, String id, DeskUpdate.Kind kind, String status, String text) {
    return new DeskUpdate(
        eventId,
        1,
        "INC-1",
        id,
        kind,
        null,
        null,
        null,
        status,
        null,
        text,
        kind == DeskUpdate.Kind.RESOLVE ? "FIXED" : null,
        "Nurse Joy",
        Instant.now());
  }

  static List<DeskChange> fromHub(String event) {
    return desks.webhook(connection(), Map.of(), event);
  }

  /** The changes of many events as the backend applies them: once per desk event id. */
  static List<DeskChange> applied(List<String> events) {
    Map<String, DeskChange> once = new LinkedHashMap<>();
    events.forEach(e -> fromHub(e).forEach(c -> once.putIfAbsent(c.deskEventId(), c)));
    return new ArrayList<>(once.values());
  }

  @Test
  void roundTripCreatePartnerRepliesHospitalRepliesPartnerResolves() {
    String number = number();
    int eventsBefore = partner.events().size();
    NotifyBuilder tokenLookupAndCreate =
        new NotifyBuilder(desks.camel()).fromRoute("desk-http").whenDone(2).create();

    String id = desks.deliver(connection(), create(number, "Clinic WAN flaps")).externalId();

    assertThat(tokenLookupAndCreate.matches(5, TimeUnit.SECONDS)).isTrue();
    JsonNode ticket = partner.ticket(id).orElseThrow();
    assertThat(ticket.path("externalId").asText()).isEqualTo(number);
    assertThat(ticket.path("name").asText()).isEqualTo("Clinic WAN flaps");
    assertThat(ticket.path("severity").asText()).isEqualTo("Major");
    assertThat(ticket.path("priority").asText()).isEqualTo("High");
    assertThat(ticket.path("status").asText()).isEqualTo("acknowledged");
    assertThat(ticket.path("relatedParty").get(0).path("role").asText()).isEqualTo("Originator");
    assertThat(ticket.path("relatedParty").get(0).path("name").asText())
        .isEqualTo("St. Olaf Hospital");

    assertThat(fromHub(partner.partnerSetsStatus(id, "inProgress", null)))
        .extracting(DeskChange::kind, DeskChange::externalId, DeskChange::deskStatus)
        .containsExactly(tuple(DeskChange.Kind.IN_PROGRESS, id, "inProgress"));
    assertThat(fromHub(partner.partnerAddsNote(id, "Tom at Telco", "Is the router on UPS?", false)))
        .extracting(DeskChange::kind, DeskChange::text, DeskChange::author)
        .containsExactly(
            tuple(DeskChange.Kind.PUBLIC_REPLY, "Is the router on UPS?", "Tom at Telco"));
    assertThat(applied(List.of(partner.partnerAddsNote(id, "Tom at Telco", "Line check", true))))
        .extracting(DeskChange::kind, DeskChange::text)
        .contains(tuple(DeskChange.Kind.INTERNAL_NOTE, "Line check"));

    desks.deliver(connection(), update(id, DeskUpdate.Kind.PUBLIC_COMMENT, null, "Yes, on UPS"));
    desks.deliver(
        connection(), update(id, DeskUpdate.Kind.INTERNAL_NOTE, null, "Facilities say so"));
    assertThat(partner.ticket(id).orElseThrow().path("note"))
        .extracting(
            n -> n.path("author").asText(),
            n -> n.path("text").asText(),
            n -> n.path("noteType").asText())
        .containsExactly(
            tuple("Tom at Telco", "Is the router on UPS?", ""),
            tuple("Tom at Telco", "Line check", "internal"),
            tuple("Medley", "Yes, on UPS", "public"),
            tuple("Medley", "Facilities say so", "internal"));

    assertThat(fromHub(partner.partnerSetsStatus(id, "resolved", "Replaced the line card")))
        .filteredOn(c -> c.kind() == DeskChange.Kind.RESOLVED)
        .extracting(DeskChange::text, DeskChange::deskStatus)
        .containsExactly(tuple("Replaced the line card", "resolved"));

    // The hub told of everything, Medley's notes included: applied once per event id, only the
    // partner's doings come back.
    List<DeskChange> all = applied(partner.events().subList(eventsBefore, partner.events().size()));
    assertThat(all)
        .extracting(DeskChange::kind, DeskChange::text)
        .containsExactly(
            tuple(DeskChange.Kind.IN_PROGRESS, null),
            tuple(DeskChange.Kind.PUBLIC_REPLY, "Is the router on UPS?"),
            tuple(DeskChange.Kind.INTERNAL_NOTE, "Line check"),
            tuple(DeskChange.Kind.RESOLVED, "Replaced the line card"));
  }

  @Test
  void aRepeatedCreateFindsTheTicketByItsExternalId() {
    String number = number();
    String first = desks.deliver(connection(), create(number, "Switch down")).externalId();
    int before = partner.requests().size();

    String again = desks.deliver(connection(), create(number, "Switch down")).externalId();

    assertThat(again).isEqualTo(first);
    assertThat(partner.tickets())
        .filteredOn(t -> t.path("externalId").asText().equals(number))
        .hasSize(1);
    assertThat(partner.requests().subList(before, partner.requests().size()))
        .extracting(FakeDesk.Request::method)
        .containsExactly("GET");
  }

  @Test
  void aRepeatedNoteOrResolutionAddsNothing() {
    String id = desks.deliver(connection(), create(number(), "DNS slow")).externalId();
    UUID comment = UUID.randomUUID();
    UUID resolution = UUID.randomUUID();

    desks.deliver(
        connection(), update(comment, id, DeskUpdate.Kind.PUBLIC_COMMENT, null, "Still slow"));
    desks.deliver(
        connection(), update(comment, id, DeskUpdate.Kind.PUBLIC_COMMENT, null, "Still slow"));
    desks.deliver(
        connection(), update(resolution, id, DeskUpdate.Kind.RESOLVE, null, "Cache flushed"));
    int events = partner.events().size();
    desks.deliver(
        connection(), update(resolution, id, DeskUpdate.Kind.RESOLVE, null, "Cache flushed"));

    JsonNode ticket = partner.ticket(id).orElseThrow();
    assertThat(ticket.path("note"))
        .extracting(n -> n.path("text").asText())
        .containsExactly("Still slow", "Cache flushed");
    assertThat(ticket.path("status").asText()).isEqualTo("resolved");
    assertThat(ticket.path("statusChangeReason").asText()).isEqualTo("Medley: Cache flushed");
    assertThat(partner.events()).hasSize(events);
  }

  @Test
  void medleysOwnNotesAndStatusChangesAreNotReportedBack() {
    String id = desks.deliver(connection(), create(number(), "VoIP echo")).externalId();
    int before = partner.events().size();

    desks.deliver(connection(), update(id, DeskUpdate.Kind.PUBLIC_COMMENT, null, "Still echoing"));
    desks.deliver(connection(), update(id, DeskUpdate.Kind.UPDATE, "PENDING", null));
    desks.deliver(connection(), update(id, DeskUpdate.Kind.CANCEL, null, "Handled in-house"));

    List<String> fired = partner.events().subList(before, partner.events().size());
    assertThat(fired).hasSizeGreaterThanOrEqualTo(3);
    assertThat(fired).allSatisfy(e -> assertThat(fromHub(e)).isEmpty());
    assertThat(partner.ticket(id).orElseThrow().path("status").asText()).isEqualTo("cancelled");
  }

  @Test
  void aPartnerStatusChangeWithoutAReasonIsNotMistakenForMedleys() {
    String id = desks.deliver(connection(), create(number(), "Leased line")).externalId();
    desks.deliver(connection(), update(id, DeskUpdate.Kind.UPDATE, "PENDING", null));

    String event = partner.partnerSetsStatus(id, "inProgress", null);

    assertThat(partner.ticket(id).orElseThrow().path("statusChangeReason").asText())
        .startsWith("Medley: ");
    assertThat(fromHub(event))
        .extracting(DeskChange::kind)
        .containsExactly(DeskChange.Kind.IN_PROGRESS);
  }

  @Test
  void rejectionAndHoldComeBackWithTheirReason() {
    String id = desks.deliver(connection(), create(number(), "Fibre cut")).externalId();

    assertThat(fromHub(partner.partnerSetsStatus(id, "held", "Waiting for the civil works")))
        .extracting(DeskChange::kind, DeskChange::text)
        .containsExactly(tuple(DeskChange.Kind.ON_HOLD, "Waiting for the civil works"));
    assertThat(fromHub(partner.partnerSetsStatus(id, "rejected", "Not covered by the contract")))
        .extracting(DeskChange::kind, DeskChange::text)
        .containsExactly(tuple(DeskChange.Kind.REJECTED, "Not covered by the contract"));
  }

  @Test
  void aStateChangeEventAsSomeHubsNameItReadsTheSame() throws Exception {
    JsonNode event =
        JSON.readTree(
            """
            {"eventId": "e-77", "eventTime": "2026-03-02T10:00:00Z",
             "eventType": "TroubleTicketStateChangeEvent",
             "event": {"troubleTicket": {"id": "TT-X", "status": "closed",
               "note": [{"id": "9", "author": "Tom", "text": "Closed after the fix", "date": "2026-03-02T09:59:00Z"}]}}}
            """);

    assertThat(fromHub(event.toString()))
        .extracting(DeskChange::deskEventId, DeskChange::kind, DeskChange::text)
        .containsExactly(
            tuple("note:TT-X:9", DeskChange.Kind.PUBLIC_REPLY, "Closed after the fix"),
            tuple("status:TT-X:closed:e-77", DeskChange.Kind.RESOLVED, "Closed after the fix"));
  }

  @Test
  void aClientErrorIsARefusalAndAnOutageIsUnavailable() {
    String id = desks.deliver(connection(), create(number(), "Router")).externalId();
    desks.deliver(connection(), update(id, DeskUpdate.Kind.CANCEL, null, "Duplicate"));

    assertThatThrownBy(
            () ->
                desks.deliver(
                    connection(), update(id, DeskUpdate.Kind.UPDATE, "IN_PROGRESS", null)))
        .isInstanceOfSatisfying(
            DeskRefused.class,
            refused -> {
              assertThat(refused.status()).isEqualTo(400);
              assertThat(refused.answer()).contains("cancelled ticket cannot become inProgress");
            });
    assertThatThrownBy(
            () ->
                desks.deliver(
                    connection(), update("TT-404", DeskUpdate.Kind.PUBLIC_COMMENT, null, "Hi")))
        .isInstanceOfSatisfying(
            DeskRefused.class, refused -> assertThat(refused.status()).isEqualTo(404));

    partner.failAll(503);
    NotifyBuilder failed =
        new NotifyBuilder(desks.camel()).fromRoute("desk-http").whenFailed(1).create();
    assertThatThrownBy(() -> desks.deliver(connection(), create(number(), "Modem")))
        .isInstanceOf(DeskUnavailable.class)
        .hasMessageContaining("503");
    assertThat(failed.matches(5, TimeUnit.SECONDS)).isTrue();
  }

  @Test
  void aBodyThatIsNotAHubEventIsMalformed() {
    for (String body :
        List.of(
            "",
            "<xml/>",
            "[]",
            "{}",
            "{\"eventType\":\"TroubleTicketStatusChangeEvent\"}",
            "{\"eventType\":\"TroubleTicketStatusChangeEvent\",\"event\":{\"troubleTicket\":{}}}")) {
      assertThatThrownBy(() -> fromHub(body)).as(body).isInstanceOf(MalformedDeskEvent.class);
    }
  }

  @Test
  void medleySubscribesAtTheHubAndTheHubsEventsReachItsWebhook() throws Exception {
    List<DeskChange> received = new CopyOnWriteArrayList<>();
    HttpServer medley = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 10);
    medley.createContext(
        "/api/integrations/9/webhook",
        exchange -> {
          String body =
              new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
          String signature = exchange.getRequestHeaders().getFirst(WebhookSignature.HEADER);
          int status = 401;
          if (WebhookSignature.valid("hook-secret", body, signature)) {
            received.addAll(fromHub(body));
            status = 202;
          }
          exchange.sendResponseHeaders(status, -1);
          exchange.close();
        });
    medley.start();
    try {
      String callback =
          "http://127.0.0.1:" + medley.getAddress().getPort() + "/api/integrations/9/webhook";
      Tmf621 tmf = new Tmf621();
      String hubId = tmf.subscribe(connection(), callback, desks.http());
      assertThat(partner.listeners().get(hubId).path("callback").asText()).isEqualTo(callback);
      partner.publish(null); // what happened before Medley listened is not Medley's business
      String id = desks.deliver(connection(), create(number(), "Wi-Fi in ICU")).externalId();
      partner.partnerAddsNote(id, "Tom at Telco", "Site visit tomorrow", false);

      assertThat(partner.publish("hook-secret")).containsOnly(202);
      assertThat(received)
          .extracting(DeskChange::kind, DeskChange::text)
          .containsExactly(tuple(DeskChange.Kind.PUBLIC_REPLY, "Site visit tomorrow"));

      tmf.unsubscribe(connection(), hubId, desks.http());
      assertThat(partner.listeners()).doesNotContainKey(hubId);
    } finally {
      medley.stop(0);
    }
  }

  @Test
  void theTestListsTicketsAndSaysWhatFailed() {
    DeskHealth ok = desks.test(connection());
    DeskHealth badSecret =
        desks.test(
            connection(Map.of(), DeskConnection.Auth.oauth2(partner.tokenUrl(), "medley", "nope")));
    DeskHealth wrongPath =
        desks.test(
            connection(
                Map.of("basePath", "/tmf-api/troubleTicketManagement/v4"),
                DeskConnection.Auth.oauth2(partner.tokenUrl(), "medley", "client-secret")));

    assertThat(ok.ok()).isTrue();
    assertThat(badSecret.ok()).isFalse();
    assertThat(badSecret.detail()).isEqualTo("The TMF621 API refused the credentials");
    assertThat(wrongPath.ok()).isFalse();
    assertThat(wrongPath.detail()).contains("No TMF621 API at /tmf-api/troubleTicketManagement/v4");
  }
}
