package org.medley.integrations.rt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.medley.integrations.Desks;
import org.medley.integrations.api.DeskConnection;
import org.medley.integrations.api.DeskKind;
import org.medley.integrations.api.DeskReceipt;
import org.medley.integrations.api.DeskUnavailable;
import org.medley.integrations.api.DeskUpdate;
import org.medley.integrations.fakes.FakeRequestTracker;

/**
 * A desk that does the work but answers too late (the call times out, or the node that made it is
 * killed): the outbox sends the same update again, and RT must still hold it once. The fake answers
 * after a latency longer than the route's response timeout, so the first try fails as a timeout
 * after RT committed; the repeat, answered at once, finds what the first try made.
 */
class RequestTrackerLostAnswerTest {

  static FakeRequestTracker rt;
  static Desks desks;

  @BeforeAll
  static void start() {
    rt = new FakeRequestTracker("medley", RequestTrackerTest.TOKEN);
    desks =
        Desks.start(
            List.of(new RequestTracker()),
            new Desks.Settings(
                Duration.ofSeconds(2), Duration.ofSeconds(1), 0, Duration.ofMillis(10), 20),
            Clock.systemUTC());
  }

  @AfterAll
  static void stop() {
    desks.close();
    rt.close();
  }

  static DeskConnection connection() {
    return new DeskConnection(
        8,
        DeskKind.REQUEST_TRACKER,
        "Northwind RT",
        rt.baseUrl(),
        DeskConnection.Auth.token(RequestTrackerTest.TOKEN),
        Map.of("queue", "General", "integrationUser", "medley"),
        null);
  }

  @AfterEach
  void fast() {
    rt.answerAfter(Duration.ZERO);
  }

  @Test
  void aCreateWhoseAnswerWasLostMakesOneTicket() {
    String number = RequestTrackerTest.number();
    DeskUpdate create = RequestTrackerTest.create(number);
    rt.answerAfter(Duration.ofMillis(2500)); // past the 1 s answer timeout, even on a busy machine
    assertThatThrownBy(() -> desks.deliver(connection(), create))
        .isInstanceOf(DeskUnavailable.class);
    rt.answerAfter(Duration.ZERO);

    DeskReceipt again = desks.deliver(connection(), create);

    List<FakeRequestTracker.Ticket> made =
        rt.tickets().stream().filter(t -> t.subject().startsWith(number + " ")).toList();
    assertThat(made).as("RT tickets for " + number).hasSize(1);
    assertThat(again.externalId()).isEqualTo(String.valueOf(made.get(0).id()));
  }

  @Test
  void aReplyWhoseAnswerWasLostIsPostedOnce() {
    String number = RequestTrackerTest.number();
    String id = desks.deliver(connection(), RequestTrackerTest.create(number)).externalId();
    DeskUpdate reply =
        RequestTrackerTest.update(
            number, id, DeskUpdate.Kind.PUBLIC_COMMENT, "The spare printer is on its way");
    rt.answerAfter(Duration.ofMillis(2500)); // past the 1 s answer timeout, even on a busy machine
    assertThatThrownBy(() -> desks.deliver(connection(), reply))
        .isInstanceOf(DeskUnavailable.class);
    rt.answerAfter(Duration.ZERO);

    desks.deliver(connection(), reply);

    assertThat(
            rt.transactions(Integer.parseInt(id)).stream()
                .filter(t -> "Correspond".equals(t.type()))
                .map(FakeRequestTracker.Transaction::content))
        .containsExactly("The spare printer is on its way");
  }

  @Test
  void theLongestCallCountsEveryTryAndPause() {
    // Three tries of (pool wait 5 s + connect 5 s + answer 20 s), 200 ms and 400 ms apart.
    assertThat(Desks.Settings.defaults().longestCall()).isEqualTo(Duration.ofMillis(90_600));
    assertThat(
            new Desks.Settings(
                    Duration.ofSeconds(1), Duration.ofSeconds(2), 0, Duration.ofMillis(200), 20)
                .longestCall())
        .isEqualTo(Duration.ofSeconds(4));
  }
}
