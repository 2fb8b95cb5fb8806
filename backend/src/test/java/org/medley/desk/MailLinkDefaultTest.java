package org.medley.desk;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import jakarta.mail.internet.MimeMessage;
import java.sql.ResultSet;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.medley.testing.TestApp;

/**
 * The link an e-mail notice carries when {@code MEDLEY_PUBLIC_URL} is not set: application.yml's
 * default, whole (it once came out as "8080/portal/tickets/…", the default cut at its colons).
 * {@link MailNotificationTest} covers the link with the variable set.
 */
class MailLinkDefaultTest {

  private static GreenMail smtp;
  private static EmbeddedServer node;

  @BeforeAll
  static void start() {
    TestApp.server(); // migrates and seeds the run's database
    smtp = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
    smtp.start();
    node =
        ApplicationContext.run(
            EmbeddedServer.class,
            Map.of(
                "micronaut.server.port",
                -1,
                "medley.sla.sweep.enabled",
                false,
                "medley.mail.enabled",
                true,
                "medley.mail.host",
                "127.0.0.1",
                "medley.mail.port",
                smtp.getSmtp().getPort(),
                "medley.outbox.relay.interval",
                "200ms",
                "medley.outbox.relay.initial-delay",
                "0s"),
            "test");
  }

  @AfterAll
  static void stop() {
    if (node != null) {
      node.stop();
    }
    if (smtp != null) {
      smtp.stop();
    }
  }

  @Test
  void withoutAPublicUrlTheLinkPointsAtLocalhost8080() throws Exception {
    assertThat(System.getenv("MEDLEY_PUBLIC_URL")).as("this test needs it unset").isNull();
    String enduser = onNode().login("enduser");
    String agent = onNode().login("agent");
    long application = single("SELECT MIN(id) FROM applications");
    JsonNode ticket =
        onNode()
            .send(
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
    onNode()
        .send(
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

  private static long single(String sql) throws Exception {
    try (var c = TestApp.connection();
        var statement = c.createStatement();
        ResultSet rows = statement.executeQuery(sql)) {
      rows.next();
      return rows.getLong(1);
    }
  }

  private static org.medley.testing.NodeClient onNode() {
    return new org.medley.testing.NodeClient(node.getURL());
  }
}
