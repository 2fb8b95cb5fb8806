package org.medley.integrations.servicenow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.camel.builder.AdviceWith;
import org.apache.camel.builder.NotifyBuilder;
import org.apache.camel.component.mock.MockEndpoint;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.medley.integrations.Desks;
import org.medley.integrations.api.DeskChange;
import org.medley.integrations.api.DeskChange.Kind;
import org.medley.integrations.api.DeskConnection;
import org.medley.integrations.api.DeskHealth;
import org.medley.integrations.api.DeskKind;
import org.medley.integrations.api.DeskReceipt;
import org.medley.integrations.api.DeskRefused;
import org.medley.integrations.api.DeskUnavailable;
import org.medley.integrations.api.DeskUpdate;
import org.medley.integrations.api.MalformedDeskEvent;
import org.medley.integrations.fakes.FakeServiceNow;
import org.medley.integrations.http.HttpCall;

/** ServiceNow's Table API through the gateway and its Camel route, against a fake instance. */
class ServiceNowTest {

  static final AtomicInteger NUMBERS = new AtomicInteger(2000);

  static FakeServiceNow sn;
  static Desks desks;
  static MockEndpoint calls;

  @BeforeAll
  static void start() throws Exception {
    sn = new FakeServiceNow("medley.integration", "s3cret");
    desks =
        Desks.start(
            List.of(new ServiceNow()),
            new Desks.Settings(
                Duration.ofSeconds(2), Duration.ofSeconds(5), 1, Duration.ofMillis(10), 20),
            Clock.systemUTC());
    AdviceWith.adviceWith(
        desks.camel(), "desk-http", route -> route.weaveAddFirst().to("mock:sn-calls"));
    calls = desks.camel().getEndpoint("mock:sn-calls", MockEndpoint.class);
  }

  @AfterAll
  static void stop() {
    desks.close();
    sn.close();
  }

  @BeforeEach
  void healthy() {
    sn.recover();
    calls.reset();
  }

  static DeskConnection connection(DeskConnection.Auth auth, Map<String, String> settings) {
    return new DeskConnection(
        9, DeskKind.SERVICENOW, "Contoso ServiceNow", sn.baseUrl(), auth, settings, null);
  }

  static DeskConnection connection() {
    return connection(
        DeskConnection.Auth.basic("medley.integration", "s3cret"),
        Map.of("integrationUser", "medley.integration", "assignmentGroup", "Hardware"));
  }

  static String number() {
    return "HSD-" + NUMBERS.incrementAndGet();
  }

  static DeskUpdate create(String number) {
    return new DeskUpdate(
        UUID.randomUUID(),
        1,
        number,
        null,
        DeskUpdate.Kind.CREATE,
        "Badge reader at OR 2 rejects badges",
        "Since 06:00 the reader at the OR 2 door rejects every badge.",
        "P1",
        "ASSIGNED",
        null,
        null,
        null,
        "Nora Nurse",
        Instant.now());
  }

  static DeskUpdate update(String number, String sysId, DeskUpdate.Kind kind, String text) {
    return new DeskUpdate(
        UUID.randomUUID(),
        1,
        number,
        sysId,
        kind,
        null,
        null,
        null,
        null,
        null,
        text,
        null,
        "Sam Servicedesk",
        Instant.now());
  }

  static DeskUpdate status(String number, String sysId, String status, String reason) {
    return new DeskUpdate(
        UUID.randomUUID(),
        1,
        number,
        sysId,
        DeskUpdate.Kind.UPDATE,
        null,
        null,
        "P3",
        status,
        reason,
        null,
        null,
        "Sam Servicedesk",
        Instant.now());
  }

  List<DeskChange> webhook(String body) {
    return desks.webhook(connection(), Map.of(), body);
  }

  @Test
  void anIncidentGoesRoundTripWithoutEchoes() {
    DeskConnection snDesk = connection();
    String number = number();

    DeskReceipt receipt = desks.deliver(snDesk, create(number));

    FakeServiceNow.Incident incident = sn.incident(receipt.externalId());
    assertThat(receipt.display()).isEqualTo(incident.number()).startsWith("INC");
    assertThat(incident.get("correlation_id")).isEqualTo(number);
    assertThat(incident.get("correlation_display")).isEqualTo("Medley");
    assertThat(incident.get("short_description")).isEqualTo("Badge reader at OR 2 rejects badges");
    assertThat(incident.get("assignment_group")).isEqualTo("Hardware");
    assertThat(incident.get("priority")).isEqualTo("1");

    // The partner asks; the business rule calls Medley.
    List<DeskChange> question =
        webhook(sn.comment(receipt.externalId(), "beth.anglin", "Does it beep?"));
    assertThat(question)
        .singleElement()
        .satisfies(
            change -> {
              assertThat(change.kind()).isEqualTo(Kind.PUBLIC_REPLY);
              assertThat(change.externalId()).isEqualTo(receipt.externalId());
              assertThat(change.text()).isEqualTo("Does it beep?");
              assertThat(change.author()).isEqualTo("beth.anglin");
              assertThat(change.at()).isNotNull();
            });

    // The hospital answers; the business rule fires for Medley's own update too, and yields
    // nothing.
    desks.deliver(
        snDesk, update(number, receipt.externalId(), DeskUpdate.Kind.PUBLIC_COMMENT, "Two beeps"));
    desks.deliver(
        snDesk, update(number, receipt.externalId(), DeskUpdate.Kind.INTERNAL_NOTE, "OR busy"));
    assertThat(incident.comments()).containsExactly("Does it beep?", "Two beeps");
    assertThat(incident.workNotes()).containsExactly("OR busy");
    FakeServiceNow.Update own = sn.updates().get(sn.updates().size() - 1);
    assertThat(own.by()).isEqualTo("medley.integration");
    assertThat(webhook(sn.webhookFor(own))).isEmpty();

    // The partner takes it, works on it and resolves.
    assertThat(webhook(sn.assign(receipt.externalId(), "beth.anglin", "Beth Anglin")))
        .extracting(DeskChange::kind, DeskChange::text)
        .containsExactly(tuple(Kind.ASSIGNEE, "Beth Anglin"));
    assertThat(webhook(sn.setState(receipt.externalId(), "beth.anglin", 2, null)))
        .extracting(DeskChange::kind)
        .containsExactly(Kind.IN_PROGRESS);
    String resolved =
        sn.resolve(receipt.externalId(), "beth.anglin", "Solved (Permanently)", "Reader replaced");
    List<DeskChange> done = webhook(resolved);
    assertThat(done)
        .extracting(DeskChange::kind, DeskChange::text, DeskChange::deskStatus)
        .containsExactly(tuple(Kind.RESOLVED, "Reader replaced", "Resolved"));
    assertThat(webhook(resolved)).isEqualTo(done);
  }

  @Test
  void aRepeatedCreateFindsTheIncidentByItsCorrelationId() throws Exception {
    DeskConnection snDesk = connection();
    String number = number();
    DeskUpdate create = create(number);

    DeskReceipt first = desks.deliver(snDesk, create);
    calls.reset();
    calls.expectedMessageCount(1);
    DeskReceipt again = desks.deliver(snDesk, create);

    assertThat(again).isEqualTo(first);
    assertThat(sn.incidents()).filteredOn(i -> number.equals(i.get("correlation_id"))).hasSize(1);
    calls.assertIsSatisfied();
    HttpCall lookup = calls.getReceivedExchanges().get(0).getMessage().getBody(HttpCall.class);
    assertThat(lookup.method()).isEqualTo("GET");
    assertThat(lookup.path()).contains("sysparm_query=correlation_id%3D" + number);
  }

  @Test
  void statusesBecomeStatesWithTheirMandatoryFields() {
    DeskConnection snDesk = connection();
    String number = number();
    String sysId = desks.deliver(snDesk, create(number)).externalId();
    FakeServiceNow.Incident incident = sn.incident(sysId);

    desks.deliver(snDesk, status(number, sysId, "IN_PROGRESS", null));
    assertThat(incident.state()).isEqualTo("2");
    assertThat(incident.get("priority")).isEqualTo("3");
    desks.deliver(snDesk, status(number, sysId, "PENDING", "VENDOR"));
    assertThat(incident.state()).isEqualTo("3");
    assertThat(incident.get("hold_reason")).isEqualTo("4");
    desks.deliver(snDesk, status(number, sysId, "PENDING", "PARTNER"));
    assertThat(incident.state()).isEqualTo("2");
    // RESOLVED as a mere status change is left to RESOLVE, which carries close code and notes.
    desks.deliver(snDesk, status(number, sysId, "RESOLVED", null));
    assertThat(incident.state()).isEqualTo("2");

    desks.deliver(snDesk, update(number, sysId, DeskUpdate.Kind.RESOLVE, "Reader replaced"));
    assertThat(incident.state()).isEqualTo("6");
    assertThat(incident.get("close_code")).isEqualTo("Solved (Permanently)");
    assertThat(incident.get("close_notes")).isEqualTo("Reader replaced");

    String other = desks.deliver(snDesk, create(number())).externalId();
    desks.deliver(snDesk, update(number, other, DeskUpdate.Kind.CANCEL, "Raised twice"));
    assertThat(sn.incident(other).state()).isEqualTo("8");
    assertThat(sn.incident(other).workNotes()).containsExactly("Raised twice");
  }

  @Test
  void partnerStatesMapToMedleysIncludingTheRejectionConvention() {
    String sysId = desks.deliver(connection(), create(number())).externalId();

    assertThat(webhook(sn.setState(sysId, "beth.anglin", 3, 1)))
        .extracting(DeskChange::kind, DeskChange::text)
        .containsExactly(tuple(Kind.ON_HOLD, "Awaiting Caller"));
    assertThat(webhook(sn.cancel(sysId, "beth.anglin", "Rejected", "Not a hardware fault")))
        .extracting(DeskChange::kind, DeskChange::text)
        .containsExactly(
            tuple(Kind.INTERNAL_NOTE, "Not a hardware fault"),
            tuple(Kind.REJECTED, "Not a hardware fault"));
    String again = desks.deliver(connection(), create(number())).externalId();
    assertThat(webhook(sn.cancel(again, "beth.anglin", "Duplicate", "Same as INC0010001")))
        .extracting(DeskChange::kind)
        .containsExactly(Kind.INTERNAL_NOTE, Kind.CANCELLED);
  }

  @Test
  void eachPartOfAnEventHasItsOwnStableId() {
    String body =
        "{\"event_id\":\"ev1\",\"sys_id\":\"abc\",\"comments\":\"hi\",\"work_notes\":\"note\","
            + "\"state\":\"2\",\"sys_updated_by\":\"beth\",\"sys_updated_on\":\"2026-12-06 13:04:05\"}";

    List<DeskChange> changes = webhook(body);

    assertThat(changes)
        .extracting(DeskChange::deskEventId)
        .containsExactly("sn-ev1-comments", "sn-ev1-work_notes", "sn-ev1-state");
    assertThat(changes.get(0).at()).isEqualTo(Instant.parse("2026-12-06T13:04:05Z"));
    assertThat(webhook(body))
        .extracting(DeskChange::deskEventId)
        .isEqualTo(changes.stream().map(DeskChange::deskEventId).toList());
  }

  @Test
  void aMalformedEventIsRefused() {
    for (String body :
        List.of(
            "not json",
            "[1,2]",
            "{\"sys_id\":\"abc\",\"comments\":\"no event id\"}",
            "{\"event_id\":\"e\",\"comments\":\"no sys_id\"}",
            "{\"event_id\":\"e\",\"sys_id\":\"abc\",\"state\":\"resolved\"}",
            "{\"event_id\":\"e\",\"sys_id\":\"abc\",\"comments\":\"x\",\"sys_updated_on\":\"yesterday\"}")) {
      assertThatThrownBy(() -> webhook(body)).as(body).isInstanceOf(MalformedDeskEvent.class);
    }
  }

  @Test
  void aRefusalCarriesServiceNowsAnswerAndAnOutageIsUnavailable() {
    DeskConnection wrongPassword =
        connection(DeskConnection.Auth.basic("medley.integration", "guess"), Map.of());
    assertThatThrownBy(() -> desks.deliver(wrongPassword, create(number())))
        .isInstanceOfSatisfying(
            DeskRefused.class,
            refused -> {
              assertThat(refused.status()).isEqualTo(401);
              assertThat(refused.answer()).contains("User Not Authenticated");
            });
    assertThatThrownBy(
            () ->
                desks.deliver(
                    connection(),
                    update(
                        number(),
                        "0123456789abcdef0123456789abcdef",
                        DeskUpdate.Kind.PUBLIC_COMMENT,
                        "hello?")))
        .isInstanceOfSatisfying(
            DeskRefused.class,
            refused -> {
              assertThat(refused.status()).isEqualTo(404);
              assertThat(refused.answer()).contains("No Record found");
            });

    sn.failAll(503);
    NotifyBuilder failed =
        new NotifyBuilder(desks.camel()).fromRoute("desk-http").whenFailed(1).create();
    assertThatThrownBy(() -> desks.deliver(connection(), create(number())))
        .isInstanceOf(DeskUnavailable.class)
        .hasMessageContaining("503");
    assertThat(failed.matches(5, TimeUnit.SECONDS)).isTrue();
  }

  @Test
  void theFakeRefusesWhatAnInstanceRefuses() {
    DeskConnection snDesk = connection();
    String sysId = desks.deliver(snDesk, create(number())).externalId();
    String incident = "/api/now/table/incident/" + sysId;

    assertThatThrownBy(
            () -> desks.http().call(snDesk, HttpCall.patch(incident, "{\"state\":\"6\"}")))
        .isInstanceOfSatisfying(
            DeskRefused.class,
            refused -> {
              assertThat(refused.status()).isEqualTo(403);
              assertThat(refused.answer()).contains("Data Policy Exception", "Resolution code");
            });
    assertThatThrownBy(
            () -> desks.http().call(snDesk, HttpCall.patch(incident, "{\"state\":\"3\"}")))
        .isInstanceOfSatisfying(
            DeskRefused.class, refused -> assertThat(refused.answer()).contains("On hold reason"));
    assertThatThrownBy(
            () -> desks.http().call(snDesk, HttpCall.post("/api/now/table/incident", "oops")))
        .isInstanceOfSatisfying(
            DeskRefused.class,
            refused -> {
              assertThat(refused.status()).isEqualTo(400);
              assertThat(refused.answer()).contains("The payload is not valid JSON.");
            });
    assertThat(sn.incident(sysId).state()).isEqualTo("1");
  }

  @Test
  void oauthClientCredentialsSignIn() {
    DeskConnection oauth =
        connection(
            DeskConnection.Auth.oauth2(
                sn.baseUrl() + "/oauth_token.do", "medley-client", "client-secret"),
            Map.of("integrationUser", "medley.integration"));

    DeskReceipt receipt = desks.deliver(oauth, create(number()));

    assertThat(sn.incident(receipt.externalId()).get("sys_updated_by"))
        .isEqualTo("medley.integration");
  }

  @Test
  void theConnectionTestSaysWhetherTheCredentialsWork() {
    DeskHealth ok = desks.test(connection());
    assertThat(ok.ok()).isTrue();

    DeskHealth refused =
        desks.test(connection(DeskConnection.Auth.basic("medley.integration", "old"), Map.of()));
    assertThat(refused.ok()).isFalse();
    assertThat(refused.detail()).contains("ServiceNow refused the credentials");
  }
}
