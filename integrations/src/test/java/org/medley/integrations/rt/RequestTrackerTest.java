package org.medley.integrations.rt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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
import org.medley.integrations.api.DeskChanges;
import org.medley.integrations.api.DeskConnection;
import org.medley.integrations.api.DeskHealth;
import org.medley.integrations.api.DeskKind;
import org.medley.integrations.api.DeskReceipt;
import org.medley.integrations.api.DeskRefused;
import org.medley.integrations.api.DeskUnavailable;
import org.medley.integrations.api.DeskUpdate;
import org.medley.integrations.fakes.FakeRequestTracker;
import org.medley.integrations.http.HttpCall;

/** Request Tracker REST2 through the gateway and its Camel route, against a fake RT. */
class RequestTrackerTest {

  static final String TOKEN = "1-22-medleytoken";
  static final AtomicInteger NUMBERS = new AtomicInteger(1000);

  static FakeRequestTracker rt;
  static Desks desks;
  static MockEndpoint calls;

  @BeforeAll
  static void start() throws Exception {
    rt = new FakeRequestTracker("medley", TOKEN);
    desks =
        Desks.start(
            List.of(new RequestTracker()),
            new Desks.Settings(
                Duration.ofSeconds(2), Duration.ofSeconds(5), 1, Duration.ofMillis(10), 20),
            Clock.systemUTC());
    AdviceWith.adviceWith(
        desks.camel(), "desk-http", route -> route.weaveAddFirst().to("mock:rt-calls"));
    calls = desks.camel().getEndpoint("mock:rt-calls", MockEndpoint.class);
  }

  @AfterAll
  static void stop() {
    desks.close();
    rt.close();
  }

  @BeforeEach
  void healthy() {
    rt.recover();
    calls.reset();
  }

  static DeskConnection connection(Map<String, String> settings, DeskConnection.StatusMap map) {
    return new DeskConnection(
        7,
        DeskKind.REQUEST_TRACKER,
        "Northwind RT",
        rt.baseUrl(),
        DeskConnection.Auth.token(TOKEN),
        settings,
        map);
  }

  static DeskConnection connection() {
    return connection(Map.of("queue", "General", "integrationUser", "medley"), null);
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
        "Printer on ward 3 jams",
        "The printer at the nurses' station jams on every second page.",
        "P2",
        "ASSIGNED",
        null,
        null,
        null,
        "Nora Nurse",
        Instant.now());
  }

  static DeskUpdate update(String number, String externalId, DeskUpdate.Kind kind, String text) {
    return new DeskUpdate(
        UUID.randomUUID(),
        1,
        number,
        externalId,
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

  static DeskUpdate status(String number, String externalId, String status, String priority) {
    return new DeskUpdate(
        UUID.randomUUID(),
        1,
        number,
        externalId,
        DeskUpdate.Kind.UPDATE,
        "Printer on ward 3 jams (all pages)",
        null,
        priority,
        status,
        null,
        null,
        null,
        "Sam Servicedesk",
        Instant.now());
  }

  @Test
  void aTicketGoesRoundTripWithoutEchoes() {
    DeskConnection rtDesk = connection();
    String watermark = desks.poll(rtDesk, null).watermark();
    String number = number();

    DeskReceipt receipt = desks.deliver(rtDesk, create(number));

    int id = Integer.parseInt(receipt.externalId());
    assertThat(receipt.display()).isEqualTo("#" + id);
    FakeRequestTracker.Ticket ticket = rt.ticket(id);
    assertThat(ticket.subject()).isEqualTo(number + " Printer on ward 3 jams");
    assertThat(ticket.queue()).isEqualTo("General");
    assertThat(ticket.priority()).isEqualTo(75);
    assertThat(rt.transactions(id).get(0).content()).contains("jams on every second page");

    // The partner answers in RT, which opens the ticket; Medley's own create is not reported back.
    rt.reply(id, "alice", "Which model is it?");
    DeskChanges first = desks.poll(rtDesk, watermark);
    assertThat(first.changes())
        .extracting(DeskChange::kind)
        .containsExactly(Kind.PUBLIC_REPLY, Kind.IN_PROGRESS);
    assertThat(first.changes().get(0))
        .satisfies(
            change -> {
              assertThat(change.externalId()).isEqualTo(receipt.externalId());
              assertThat(change.text()).isEqualTo("Which model is it?");
              assertThat(change.author()).isEqualTo("alice");
              assertThat(change.deskEventId()).startsWith("rt-txn-");
            });

    // The hospital answers; its reply lands as a Correspond and is not polled back.
    desks.deliver(
        rtDesk, update(number, receipt.externalId(), DeskUpdate.Kind.PUBLIC_COMMENT, "HP M404"));
    desks.deliver(
        rtDesk,
        update(number, receipt.externalId(), DeskUpdate.Kind.INTERNAL_NOTE, "Ward 3 is busy"));
    assertThat(rt.transactions(id))
        .extracting(FakeRequestTracker.Transaction::type, FakeRequestTracker.Transaction::content)
        .contains(
            org.assertj.core.groups.Tuple.tuple("Correspond", "HP M404"),
            org.assertj.core.groups.Tuple.tuple("Comment", "Ward 3 is busy"));
    DeskChanges echo = desks.poll(rtDesk, first.watermark());
    assertThat(echo.changes()).isEmpty();
    assertThat(Long.parseLong(echo.watermark())).isGreaterThan(Long.parseLong(first.watermark()));

    // The partner resolves with a last reply, which becomes the resolution.
    rt.give(id, "alice", "alice");
    rt.reply(id, "alice", "Replaced the fuser unit.");
    rt.setStatus(id, "alice", "resolved");
    DeskChanges done = desks.poll(rtDesk, echo.watermark());
    assertThat(done.changes())
        .extracting(DeskChange::kind, DeskChange::text)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(Kind.ASSIGNEE, "alice"),
            org.assertj.core.groups.Tuple.tuple(Kind.PUBLIC_REPLY, "Replaced the fuser unit."),
            org.assertj.core.groups.Tuple.tuple(Kind.RESOLVED, "Replaced the fuser unit."));
    assertThat(done.changes().get(2).deskStatus()).isEqualTo("resolved");
    assertThat(done.changes()).extracting(DeskChange::deskEventId).doesNotHaveDuplicates();
    assertThat(desks.poll(rtDesk, done.watermark()).changes()).isEmpty();
  }

  @Test
  void aTicketRtReopensBecauseMedleyRepliedIsNotReportedBack() {
    // One transaction a page, so the scrip's Status change is looked up across pages too.
    for (String pageSize : List.of("50", "1")) {
      DeskConnection rtDesk =
          connection(Map.of("integrationUser", "medley", "pageSize", pageSize), null);
      String number = number();
      String id = desks.deliver(rtDesk, create(number)).externalId();
      int ticket = Integer.parseInt(id);
      rt.setStatus(ticket, "alice", "resolved");
      String watermark = desks.poll(rtDesk, null).watermark();

      desks.deliver(
          rtDesk, update(number, id, DeskUpdate.Kind.PUBLIC_COMMENT, "It jams again since noon"));

      assertThat(rt.ticket(ticket).status()).isEqualTo("open");
      assertThat(rt.transactions(ticket).get(rt.transactions(ticket).size() - 1).creator())
          .isEqualTo("RT_System");
      DeskChanges page = desks.poll(rtDesk, watermark);
      while (page.changes().isEmpty() && !page.watermark().equals(watermark)) {
        watermark = page.watermark();
        page = desks.poll(rtDesk, watermark);
      }
      assertThat(page.changes()).as("page size " + pageSize).isEmpty();
    }
  }

  @Test
  void aRepeatedCreateFindsTheTicketInsteadOfOpeningASecond() throws Exception {
    DeskConnection rtDesk = connection();
    String number = number();
    rt.open("General", "About " + number + " and its printer", "alice");
    rt.open("General", number + "7 another ticket", "medley");
    DeskUpdate create = create(number);

    DeskReceipt first = desks.deliver(rtDesk, create);
    calls.reset();
    calls.expectedMessageCount(1);
    DeskReceipt again = desks.deliver(rtDesk, create);

    assertThat(again).isEqualTo(first);
    assertThat(rt.tickets()).filteredOn(t -> t.subject().startsWith(number + " ")).hasSize(1);
    calls.assertIsSatisfied();
    HttpCall lookup = calls.getReceivedExchanges().get(0).getMessage().getBody(HttpCall.class);
    assertThat(lookup.method()).isEqualTo("GET");
    assertThat(lookup.path()).startsWith("/REST/2.0/tickets?query=");
  }

  @Test
  void aRepeatedReplyIsPostedOnce() throws Exception {
    DeskConnection rtDesk = connection();
    String number = number();
    String id = desks.deliver(rtDesk, create(number)).externalId();
    DeskUpdate reply = update(number, id, DeskUpdate.Kind.PUBLIC_COMMENT, "Try again please");

    desks.deliver(rtDesk, reply);
    calls.reset();
    calls.expectedMessageCount(1);
    desks.deliver(rtDesk, reply);

    assertThat(rt.transactions(Integer.parseInt(id)))
        .filteredOn(t -> t.type().equals("Correspond"))
        .singleElement()
        .satisfies(t -> assertThat(t.subject()).isEqualTo("[medley:" + reply.eventId() + "]"));
    calls.assertIsSatisfied();
    assertThat(calls.getReceivedExchanges().get(0).getMessage().getBody(HttpCall.class).path())
        .startsWith("/REST/2.0/attachments?query=");
  }

  @Test
  void statusChangesFollowRtsLifecycle() {
    DeskConnection rtDesk =
        connection(
            Map.of("integrationUser", "medley"),
            new DeskConnection.StatusMap(Map.of(), Map.of("ASSIGNED", "new")));
    String number = number();
    String id = desks.deliver(rtDesk, create(number)).externalId();
    FakeRequestTracker.Ticket ticket = rt.ticket(Integer.parseInt(id));

    desks.deliver(rtDesk, status(number, id, "IN_PROGRESS", "P1"));
    assertThat(ticket.status()).isEqualTo("open");
    assertThat(ticket.priority()).isEqualTo(100);
    assertThat(ticket.subject()).isEqualTo(number + " Printer on ward 3 jams (all pages)");
    desks.deliver(rtDesk, status(number, id, "PENDING", null));
    assertThat(ticket.status()).isEqualTo("stalled");
    desks.deliver(rtDesk, status(number, id, "ASSIGNED", null));
    assertThat(ticket.status()).isEqualTo("new");

    desks.deliver(rtDesk, update(number, id, DeskUpdate.Kind.RESOLVE, "Fuser replaced"));
    assertThat(ticket.status()).isEqualTo("resolved");
    assertThat(rt.transactions(ticket.id()))
        .filteredOn(t -> t.type().equals("Correspond"))
        .extracting(FakeRequestTracker.Transaction::content)
        .containsExactly("Fuser replaced");

    DeskUpdate cancel = update(number, id, DeskUpdate.Kind.CANCEL, "Raised twice by mistake");
    desks.deliver(rtDesk, cancel);
    desks.deliver(rtDesk, cancel);
    assertThat(ticket.status()).isEqualTo("rejected");
    assertThat(rt.transactions(ticket.id()))
        .filteredOn(t -> t.type().equals("Comment"))
        .extracting(FakeRequestTracker.Transaction::content)
        .containsExactly("Raised twice by mistake");
  }

  @Test
  void partnerStatusesMapToMedleysAndTheConnectorCanOverride() {
    DeskConnection rtDesk = connection();
    String id = desks.deliver(rtDesk, create(number())).externalId();
    int ticket = Integer.parseInt(id);
    String watermark = desks.poll(rtDesk, null).watermark();

    rt.setStatus(ticket, "bob", "stalled");
    rt.comment(ticket, "bob", "Not our printer, it belongs to facilities");
    rt.setStatus(ticket, "bob", "rejected");
    rt.setStatus(ticket, "bob", "deleted");
    List<DeskChange> changes = desks.poll(rtDesk, watermark).changes();

    assertThat(changes)
        .extracting(DeskChange::kind, DeskChange::text)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(Kind.ON_HOLD, null),
            org.assertj.core.groups.Tuple.tuple(
                Kind.INTERNAL_NOTE, "Not our printer, it belongs to facilities"),
            org.assertj.core.groups.Tuple.tuple(
                Kind.REJECTED, "Not our printer, it belongs to facilities"),
            org.assertj.core.groups.Tuple.tuple(Kind.CANCELLED, null));

    DeskConnection custom =
        connection(
            Map.of("integrationUser", "medley"),
            new DeskConnection.StatusMap(Map.of("stalled", "IN_PROGRESS"), Map.of()));
    assertThat(desks.poll(custom, watermark).changes().get(0).kind()).isEqualTo(Kind.IN_PROGRESS);
  }

  @Test
  void pollingPagesThroughTransactionsByTheWatermark() {
    DeskConnection rtDesk = connection(Map.of("integrationUser", "medley", "pageSize", "2"), null);
    int id = Integer.parseInt(desks.deliver(rtDesk, create(number())).externalId());
    rt.setStatus(id, "carol", "open");
    String watermark = desks.poll(rtDesk, null).watermark();
    for (int i = 1; i <= 5; i++) {
      rt.reply(id, "carol", "update " + i);
    }

    DeskChanges one = desks.poll(rtDesk, watermark);
    DeskChanges two = desks.poll(rtDesk, one.watermark());
    DeskChanges three = desks.poll(rtDesk, two.watermark());
    DeskChanges none = desks.poll(rtDesk, three.watermark());

    assertThat(List.of(one, two, three, none))
        .extracting(page -> page.changes().size())
        .containsExactly(2, 2, 1, 0);
    assertThat(
            java.util.stream.Stream.of(one, two, three)
                .flatMap(page -> page.changes().stream())
                .map(DeskChange::text))
        .containsExactly("update 1", "update 2", "update 3", "update 4", "update 5");
    assertThat(none.watermark()).isEqualTo(three.watermark());
  }

  @Test
  void aFirstPollStartsAtTheNewestTransactionAndReportsNothing() {
    DeskConnection rtDesk = connection();
    int id = Integer.parseInt(desks.deliver(rtDesk, create(number())).externalId());
    rt.reply(id, "alice", "history Medley does not import");
    long newest = rt.transactions().get(rt.transactions().size() - 1).id();

    DeskChanges first = desks.poll(rtDesk, null);

    assertThat(first.changes()).isEmpty();
    assertThat(first.watermark()).isEqualTo(String.valueOf(newest));
  }

  @Test
  void aRefusalCarriesRtsAnswerAndAnOutageIsUnavailable() {
    DeskConnection noQueue =
        connection(Map.of("queue", "Nonexistent", "integrationUser", "medley"), null);
    assertThatThrownBy(() -> desks.deliver(noQueue, create(number())))
        .isInstanceOfSatisfying(
            DeskRefused.class,
            refused -> {
              assertThat(refused.status()).isEqualTo(403);
              assertThat(refused.answer()).contains("No permission to create tickets");
            });

    DeskConnection badToken =
        new DeskConnection(
            7,
            DeskKind.REQUEST_TRACKER,
            "Northwind RT",
            rt.baseUrl(),
            DeskConnection.Auth.token("stolen"),
            Map.of(),
            null);
    assertThatThrownBy(() -> desks.deliver(badToken, create(number())))
        .isInstanceOfSatisfying(
            DeskRefused.class, refused -> assertThat(refused.status()).isEqualTo(401));

    rt.failAll(503);
    NotifyBuilder failed =
        new NotifyBuilder(desks.camel()).fromRoute("desk-http").whenFailed(1).create();
    assertThatThrownBy(() -> desks.deliver(connection(), create(number())))
        .isInstanceOf(DeskUnavailable.class)
        .hasMessageContaining("503");
    assertThat(failed.matches(5, TimeUnit.SECONDS)).isTrue();
    assertThatThrownBy(() -> desks.poll(connection(), "100")).isInstanceOf(DeskUnavailable.class);
  }

  @Test
  void theFakeRefusesWhatRtRefuses() {
    DeskConnection rtDesk = connection();
    String id = desks.deliver(rtDesk, create(number())).externalId();

    assertThatThrownBy(
            () ->
                desks
                    .http()
                    .call(
                        rtDesk,
                        HttpCall.post(
                            "/REST/2.0/ticket/" + id + "/correspond", "{\"Content\":\"no type\"}")))
        .isInstanceOfSatisfying(
            DeskRefused.class,
            refused ->
                assertThat(refused.answer())
                    .contains("ContentType is a required field for application/json"));
    assertThatThrownBy(
            () ->
                desks.http().call(rtDesk, HttpCall.post("/REST/2.0/ticket", "{\"Subject\":\"x\"}")))
        .isInstanceOfSatisfying(
            DeskRefused.class, refused -> assertThat(refused.answer()).contains("Queue not set"));
    assertThatThrownBy(() -> desks.http().call(rtDesk, HttpCall.get("/REST/2.0/ticket/99999")))
        .isInstanceOfSatisfying(
            DeskRefused.class, refused -> assertThat(refused.status()).isEqualTo(404));
  }

  @Test
  void theConnectionTestNamesTheQueueOrWhatFailed() {
    DeskHealth ok = desks.test(connection());
    assertThat(ok.ok()).isTrue();
    assertThat(ok.detail()).contains("General");

    DeskHealth wrongQueue =
        desks.test(connection(Map.of("queue", "Facilities", "integrationUser", "medley"), null));
    assertThat(wrongQueue.ok()).isFalse();
    assertThat(wrongQueue.detail()).contains("Facilities");

    DeskHealth refused =
        desks.test(
            new DeskConnection(
                7,
                DeskKind.REQUEST_TRACKER,
                "Northwind RT",
                rt.baseUrl(),
                DeskConnection.Auth.token("expired"),
                Map.of(),
                null));
    assertThat(refused.ok()).isFalse();
    assertThat(refused.detail()).contains("RT refused the token");
  }
}
