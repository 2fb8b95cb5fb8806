package org.medley.identity;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.medley.testing.SecondNode;
import org.medley.testing.TestApp;

/**
 * With mail on, an invitation goes out through the outbox over real SMTP (GreenMail): the answer
 * says it was sent and carries no link, the e-mail carries the link, and the link works.
 */
class InvitationMailTest {

  private static GreenMail smtp;
  private static SecondNode node;

  @BeforeAll
  static void start() {
    TestApp.server(); // migrates and seeds the run's database
    smtp = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
    smtp.start();
    node =
        SecondNode.start(
            SecondNode.mailingTo(smtp.getSmtp().getPort()),
            Map.of("MEDLEY_PUBLIC_URL", "https://medley.riverside.example"));
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
  void theInvitedPersonGetsTheLinkByMailAndItWorks() throws Exception {
    String admin = node.login("admin");
    String email = "mailed." + UUID.randomUUID() + "@riverside-health.example";
    var invited =
        node.send(
            "POST",
            "/api/users/invitations",
            "{\"email\":\"" + email + "\",\"displayName\":\"Mo Mailed\",\"roles\":[\"end-user\"]}",
            admin);
    assertThat(invited.path("invitation").path("emailed").asBoolean()).isTrue();
    assertThat(invited.path("invitation").path("link").isNull()).isTrue();

    MimeMessage mail = null;
    long deadline = System.nanoTime() + 30_000_000_000L;
    while (mail == null && System.nanoTime() < deadline) {
      smtp.waitForIncomingEmail(1000, smtp.getReceivedMessages().length + 1);
      for (MimeMessage m : smtp.getReceivedMessages()) {
        if (m.getAllRecipients()[0].toString().equals(email)) {
          mail = m;
        }
      }
    }
    assertThat(mail).as("an invitation mailed to " + email).isNotNull();
    assertThat(mail.getSubject()).isEqualTo("You are invited to Medley");
    String body = mail.getContent().toString();
    var link =
        Pattern.compile("https://medley\\.riverside\\.example/set-password#token=([A-Za-z0-9_-]+)")
            .matcher(body);
    assertThat(link.find()).as(body).isTrue();
    node.send(
        "POST",
        "/api/password-links/password",
        "{\"token\":\"" + link.group(1) + "\",\"password\":\"quiet harbour maple drums\"}",
        null);
    var signedIn =
        node.send(
            "POST",
            "/login",
            "{\"username\":\"" + email + "\",\"password\":\"quiet harbour maple drums\"}",
            null);
    assertThat(signedIn.path("access_token").asText()).isNotBlank();
  }
}
