package org.medley.integrations.rt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.medley.integrations.TestUpdates.PNG;
import static org.medley.integrations.TestUpdates.attached;
import static org.medley.integrations.TestUpdates.create;
import static org.medley.integrations.TestUpdates.described;
import static org.medley.integrations.TestUpdates.png;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.medley.integrations.Desks;
import org.medley.integrations.api.DeskConnection;
import org.medley.integrations.api.DeskKind;
import org.medley.integrations.api.DeskUnavailable;
import org.medley.integrations.api.DeskUpdate;
import org.medley.integrations.fakes.FakeRequestTracker;

/**
 * Description edits and files to Request Tracker REST2: a description RT cannot edit goes as a
 * comment (or into the custom field the connector names), a file as a reply's {@code Attachments}
 * entry, byte for byte, and a repeated delivery of either sends nothing twice.
 */
class RtDescriptionAndFilesTest {

  static final String TOKEN = "1-22-filestoken";

  static FakeRequestTracker rt;
  static Desks desks;

  @BeforeAll
  static void start() {
    rt = new FakeRequestTracker("medley", TOKEN);
    desks =
        Desks.start(
            List.of(new RequestTracker()),
            new Desks.Settings(
                Duration.ofSeconds(2), Duration.ofSeconds(5), 1, Duration.ofMillis(10), 20),
            Clock.systemUTC());
  }

  @AfterAll
  static void stop() {
    desks.close();
    rt.close();
  }

  static DeskConnection connection(Map<String, String> settings) {
    return new DeskConnection(
        9,
        DeskKind.REQUEST_TRACKER,
        "Northwind RT",
        rt.baseUrl(),
        DeskConnection.Auth.token(TOKEN),
        settings,
        null);
  }

  static String opened(DeskConnection desk, String number) {
    return desks.deliver(desk, create(number)).externalId();
  }

  @Test
  void anEditedDescriptionIsAStaffCommentRtCannotEditTheContentOnce() {
    DeskConnection desk = connection(Map.of("integrationUser", "medley"));
    String number = "HSD-7101";
    String id = opened(desk, number);
    DeskUpdate edit = described(number, id, "Jams on every page since the toner change");

    desks.deliver(desk, edit);
    desks.deliver(desk, edit); // a repeat after a lost answer

    assertThat(rt.transactions(Integer.parseInt(id)))
        .filteredOn(t -> t.type().equals("Comment"))
        .singleElement()
        .satisfies(
            t -> {
              assertThat(t.content())
                  .isEqualTo(
                      "Description changed in Medley:\n\nJams on every page since the toner"
                          + " change");
              assertThat(t.creator()).isEqualTo("medley");
            });
    assertThat(rt.transactions(Integer.parseInt(id)))
        .as("staff only: no reply mails the requesters")
        .noneMatch(t -> t.type().equals("Correspond"));
  }

  @Test
  void aLostAnswerIsNotPostedAgainByTheRetry() {
    DeskConnection desk = connection(Map.of("integrationUser", "medley"));
    String number = "HSD-7104";
    String id = opened(desk, number);
    DeskUpdate file = attached(number, id, png("lost.png"));
    int before = rt.requests().size();
    rt.loseAnswers("POST", "/REST/2.0/ticket/" + id + "/correspond", 1);

    Throwable first =
        org.assertj.core.api.Assertions.catchThrowable(() -> desks.deliver(desk, file));
    assertThat(
            rt.requests().subList(before, rt.requests().size()).stream()
                .map(r -> r.method() + " " + r.path().replaceAll("\\?.*", ""))
                .toList())
        .containsExactly(
            "GET /REST/2.0/attachments", "POST /REST/2.0/ticket/" + id + "/correspond");
    assertThat(first).isInstanceOf(DeskUnavailable.class);
    desks.deliver(desk, file); // the outbox's retry

    assertThat(
            rt.requests().subList(before, rt.requests().size()).stream()
                .map(r -> r.method() + " " + r.path().replaceAll("\\?.*", ""))
                .toList())
        .containsExactly(
            "GET /REST/2.0/attachments",
            "POST /REST/2.0/ticket/" + id + "/correspond",
            "GET /REST/2.0/attachments");
    assertThat(rt.transactions(Integer.parseInt(id)))
        .filteredOn(t -> t.type().equals("Correspond"))
        .hasSize(1);
  }

  @Test
  void aConnectorNamingACustomFieldGetsTheDescriptionThere() {
    DeskConnection desk =
        connection(Map.of("integrationUser", "medley", "descriptionField", "Medley description"));
    String number = "HSD-7102";
    String id = opened(desk, number);

    desks.deliver(desk, described(number, id, "Only the ward 3 printer"));

    assertThat(rt.ticket(Integer.parseInt(id)).customFields())
        .containsEntry("Medley description", "Only the ward 3 printer");
    assertThat(rt.transactions(Integer.parseInt(id))).noneMatch(t -> t.type().equals("Comment"));
  }

  @Test
  void aFileGoesAsAReplysAttachmentByteForByteAndOnce() {
    DeskConnection desk = connection(Map.of("integrationUser", "medley"));
    String number = "HSD-7103";
    String id = opened(desk, number);
    DeskUpdate file = attached(number, id, png("jam.png"));

    desks.deliver(desk, file);
    desks.deliver(desk, file); // the answer was lost: the outbox delivers again

    List<FakeRequestTracker.Transaction> replies =
        rt.transactions(Integer.parseInt(id)).stream()
            .filter(t -> t.type().equals("Correspond"))
            .toList();
    assertThat(replies).hasSize(1);
    FakeRequestTracker.Transaction reply = replies.get(0);
    assertThat(reply.subject()).isEqualTo("[medley:" + file.eventId() + "]");
    assertThat(reply.content()).isEqualTo("Attached in Medley by Sam Servicedesk: jam.png");
    assertThat(reply.attachments())
        .filteredOn(a -> a.filename() != null)
        .singleElement()
        .satisfies(
            a -> {
              assertThat(a.filename()).isEqualTo("jam.png");
              assertThat(a.contentType()).isEqualTo("image/png");
              assertThat(a.bytes()).isEqualTo(PNG);
            });
  }
}
