package org.medley.desk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.medley.testing.SecondNode;
import org.medley.testing.TestApp;

/**
 * E-mail notices over real SMTP: a second Medley node on the run's database with mail switched on,
 * talking to GreenMail in-process. Ticket writes only store outbox events; the relay sends them
 * after commit.
 */
class MailNotificationTest {

  private static GreenMail smtp;
  private static SecondNode node;
  private static String enduser;
  private static String agent;
  private static long application;

  @BeforeAll
  static void start() throws Exception {
    TestApp.server(); // migrates and seeds the run's database
    smtp = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
    smtp.start();
    Map<String, Object> properties = new HashMap<>(SecondNode.mailingTo(smtp.getSmtp().getPort()));
    properties.put("medley.mail.from", "servicedesk@riverside-health.example");
    node =
        SecondNode.start(
            properties, Map.of("MEDLEY_PUBLIC_URL", "https://medley.riverside.example"));
    enduser = node.login("enduser");
    agent = node.login("agent");
    application = TestApp.queryLong("SELECT MIN(id) FROM applications");
  }

  @AfterAll
  static void stop() {
    if (node != null) {
      node.close();
    }
    if (smtp != null) {
      smtp.stop();
    }
  }

  @Test
  void requesterHearsOfRepliesAndResolutionAndTheAssigneeOfNewWork() throws Exception {
    String title = "Label printer offline " + UUID.randomUUID();
    JsonNode ticket = node.send("POST", "/api/tickets", newTicket(title, false), enduser);
    long id = ticket.path("id").asLong();
    String number = ticket.path("number").asText();
    String requesterEmail =
        TestApp.queryString("SELECT email FROM user_accounts WHERE username = 'enduser'");

    // Someone on the ticket's group, with an e-mail address, is given the ticket.
    long group = ticket.path("groupId").asLong();
    long assignee =
        TestApp.queryLong(
            "SELECT gm.staff_id FROM group_members gm JOIN staff_members s ON s.id = gm.staff_id"
                + " JOIN user_accounts u ON u.id = s.user_account_id WHERE gm.group_id = "
                + group
                + " AND u.email IS NOT NULL ORDER BY gm.staff_id LIMIT 1");
    String assigneeEmail =
        TestApp.queryString(
            "SELECT u.email FROM staff_members s JOIN user_accounts u ON u.id ="
                + " s.user_account_id WHERE s.id = "
                + assignee);
    node.send(
        "PATCH",
        "/api/tickets/" + id,
        "{\"version\":0,\"groupId\":" + group + ",\"assigneeId\":" + assignee + "}",
        agent);
    node.send(
        "POST",
        "/api/tickets/" + id + "/comments",
        "{\"body\":\"Internal: driver 4.2 is broken\",\"visibility\":\"INTERNAL\"}",
        agent);
    node.send(
        "POST",
        "/api/tickets/" + id + "/comments",
        "{\"body\":\"Please power-cycle the printer\",\"visibility\":\"PUBLIC\"}",
        agent);
    node.send(
        "POST",
        "/api/tickets/" + id + "/transitions",
        "{\"to\":\"RESOLVED\",\"resolutionCode\":\"FIXED\",\"resolution\":\"Replaced the"
            + " fuser\"}",
        agent);

    List<MimeMessage> mails = mailsAbout(number, 3);
    assertThat(mails).hasSize(3);
    MimeMessage assigned = only(mails, assigneeEmail, "assigned to you");
    assertThat(body(assigned))
        .contains(title)
        .contains("https://medley.riverside.example/workspace/tickets/" + id);
    MimeMessage replied = only(mails, requesterEmail, "replied");
    assertThat(replied.getSubject()).contains(title);
    assertThat(body(replied))
        .contains("https://medley.riverside.example/portal/tickets/" + id)
        .doesNotContain("power-cycle")
        .doesNotContain("driver 4.2");
    MimeMessage resolved = only(mails, requesterEmail, "resolved");
    assertThat(body(resolved)).doesNotContain("fuser");
    assertThat(resolved.getFrom()[0].toString()).isEqualTo("servicedesk@riverside-health.example");
    // Sent means marked delivered (just after the SMTP exchange): the relay will not send them
    // again.
    String undelivered =
        "SELECT COUNT(*) FROM outbox_events WHERE aggregate_id = "
            + id
            + " AND type = 'ticket.mail' AND delivered_at IS NULL";
    await()
        .atMost(Duration.ofSeconds(20))
        .pollInterval(Duration.ofMillis(100))
        .untilAsserted(() -> assertThat(TestApp.queryLong(undelivered)).isZero());
  }

  @Test
  void aPhiTicketsMailNamesTheTicketButNotWhatItSays() throws Exception {
    String title = "Chart locked for MRN 48213377 " + UUID.randomUUID();
    JsonNode ticket = node.send("POST", "/api/tickets", newTicket(title, true), enduser);
    long id = ticket.path("id").asLong();
    String number = ticket.path("number").asText();
    node.send(
        "POST",
        "/api/tickets/" + id + "/comments",
        "{\"body\":\"Unlocked the chart for MRN 48213377\",\"visibility\":\"PUBLIC\"}",
        agent);

    List<MimeMessage> mails = mailsAbout(number, 1);
    assertThat(mails).hasSize(1);
    MimeMessage mail = mails.get(0);
    assertThat(mail.getSubject()).contains(number).doesNotContain("MRN").doesNotContain("Chart");
    assertThat(body(mail))
        .contains(number)
        .contains("details are shown after you sign in")
        .doesNotContain("48213377");
  }

  @Test
  void anOrdinaryTicketsTitleLeavesThroughTheMinimumNecessaryFilter() throws Exception {
    // Not flagged PHI, yet the requester typed an MRN and a phone number into the title.
    String title = "Printer at bed 4 MRN 55120984 call 555-201-3344 " + UUID.randomUUID();
    JsonNode ticket = node.send("POST", "/api/tickets", newTicket(title, false), enduser);
    long id = ticket.path("id").asLong();
    String number = ticket.path("number").asText();
    node.send(
        "POST",
        "/api/tickets/" + id + "/comments",
        "{\"body\":\"On our way\",\"visibility\":\"PUBLIC\"}",
        agent);

    List<MimeMessage> mails = mailsAbout(number, 1);
    assertThat(mails).hasSize(1);
    MimeMessage mail = mails.get(0);
    assertThat(mail.getSubject() + body(mail))
        .contains("Printer at bed 4")
        .contains("[MRN]")
        .doesNotContain("55120984")
        .doesNotContain("201-3344");
    assertThat(body(mail)).contains("answer in Medley").doesNotContain("not read");
  }

  // ---- helpers ----

  /** Waits (GreenMail's own wait, no sleeps) until {@code count} mails about a ticket arrived. */
  private static List<MimeMessage> mailsAbout(String number, int count) throws Exception {
    long deadline = System.nanoTime() + 20_000_000_000L;
    List<MimeMessage> about = List.of();
    while (System.nanoTime() < deadline) {
      smtp.waitForIncomingEmail(1000, smtp.getReceivedMessages().length + 1);
      about =
          Arrays.stream(smtp.getReceivedMessages())
              .filter(m -> subject(m).contains("[" + number + "]"))
              .toList();
      if (about.size() >= count) {
        break;
      }
    }
    return about;
  }

  private static MimeMessage only(List<MimeMessage> mails, String to, String subjectPart)
      throws Exception {
    List<MimeMessage> matching = new java.util.ArrayList<>();
    for (MimeMessage m : mails) {
      if (m.getRecipients(Message.RecipientType.TO)[0].toString().equals(to)
          && subject(m).contains(subjectPart)) {
        matching.add(m);
      }
    }
    assertThat(matching).as(to + " / " + subjectPart).hasSize(1);
    return matching.get(0);
  }

  /** The decoded text (the wire form is quoted-printable). */
  private static String body(MimeMessage message) throws Exception {
    return message.getContent().toString();
  }

  private static String subject(MimeMessage message) {
    try {
      return message.getSubject();
    } catch (jakarta.mail.MessagingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String newTicket(String title, boolean phi) {
    return "{\"type\":\"INCIDENT\",\"title\":\""
        + title
        + "\",\"description\":\"Ward 4 West cannot print wristbands\",\"applicationId\":"
        + application
        + ",\"impact\":3,\"urgency\":3,\"phi\":"
        + phi
        + "}";
  }
}
