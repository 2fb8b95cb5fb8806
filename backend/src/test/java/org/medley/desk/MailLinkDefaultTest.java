package org.medley.desk;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import jakarta.mail.internet.MimeMessage;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
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

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final HttpClient HTTP = HttpClient.newHttpClient();

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
    String enduser = login("enduser");
    String agent = login("agent");
    long application = single("SELECT MIN(id) FROM applications");
    JsonNode ticket =
        send(
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
    send(
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

  private static String login(String username) throws Exception {
    return send("POST", "/login", "{\"username\":\"" + username + "\",\"password\":\"demo\"}", null)
        .path("access_token")
        .asText();
  }

  private static JsonNode send(String method, String path, String body, String token)
      throws Exception {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(node.getURL() + path))
            .method(method, HttpRequest.BodyPublishers.ofString(body))
            .header("Content-Type", "application/json");
    if (token != null) {
      request.header("Authorization", "Bearer " + token);
    }
    HttpResponse<String> response =
        HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    assertThat(response.statusCode())
        .as(method + " " + path + ": " + response.body())
        .isLessThan(300);
    return JSON.readTree(response.body());
  }

  private static long single(String sql) throws Exception {
    try (var c = TestApp.connection();
        var statement = c.createStatement();
        ResultSet rows = statement.executeQuery(sql)) {
      rows.next();
      return rows.getLong(1);
    }
  }
}
