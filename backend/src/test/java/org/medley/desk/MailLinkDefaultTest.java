package org.medley.desk;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import java.util.Arrays;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.medley.testing.SecondNode;
import org.medley.testing.TestApp;

/**
 * The link an e-mail notice carries when {@code MEDLEY_PUBLIC_URL} is not set: application.yml's
 * default, whole (it once came out as "8080/portal/tickets/…", the default cut at its colons).
 * {@link MailNotificationTest} covers the link with the variable set.
 */
class MailLinkDefaultTest {

  private static GreenMail smtp;
  private static SecondNode node;

  @BeforeAll
  static void start() {
    smtp = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
    smtp.start();
    node = SecondNode.start(SecondNode.mailingTo(smtp.getSmtp().getPort()));
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
  void withoutAPublicUrlTheLinkPointsAtLocalhost8080() throws Exception {
    assertThat(System.getenv("MEDLEY_PUBLIC_URL")).as("this test needs it unset").isNull();
    String enduser = node.login("enduser");
    String agent = node.login("agent");
    long application = TestApp.queryLong("SELECT MIN(id) FROM applications");
    JsonNode ticket =
        node.send(
            "POST",
            "/api/tickets",
            "{\"type\":\"INCIDENT\",\"title\":\"Badge reader dead "
                + UUID.randomUUID()
                + "\",\"description\":\"Door 3\",\"applicationId\":"
                + application
                + ",\"impact\":3,\"urgency\":3}",
            enduser);
    long id = ticket.path("id").asLong();
    String number = ticket.path("number").asText();
    node.send(
        "POST",
        "/api/tickets/" + id + "/comments",
        "{\"body\":\"Swapped the reader\",\"visibility\":\"PUBLIC\"}",
        agent);

    MimeMessage mail = mailAbout(number).orElseThrow();
    assertThat(mail.getContent().toString())
        .containsPattern("Open it in Medley: http://localhost:8080/portal/tickets/" + id + "\\s");
  }

  /** Waits (GreenMail's own wait, no sleeps) for the first mail about a ticket. */
  private static Optional<MimeMessage> mailAbout(String number) throws Exception {
    long deadline = System.nanoTime() + 20_000_000_000L;
    while (System.nanoTime() < deadline) {
      smtp.waitForIncomingEmail(1000, smtp.getReceivedMessages().length + 1);
      Optional<MimeMessage> found =
          Arrays.stream(smtp.getReceivedMessages())
              .filter(m -> subject(m).contains("[" + number + "]"))
              .findFirst();
      if (found.isPresent()) {
        return found;
      }
    }
    return Optional.empty();
  }

  private static String subject(MimeMessage message) {
    try {
      return message.getSubject();
    } catch (jakarta.mail.MessagingException e) {
      throw new IllegalStateException(e);
    }
  }
}
