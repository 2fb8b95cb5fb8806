package org.medley.integrations.mail;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.util.Properties;
import org.medley.integrations.api.InboundMail;

/**
 * Coverage-guided fuzzing (Jazzer) of the mail-to-ticket reader: any raw message (headers, MIME
 * structure, encodings, HTML) is read into an {@link InboundMail} or refused with {@link
 * MessagingException}, which the mailbox route records and moves past. Anything else would leave a
 * poison mail that stops the mailbox, read again on every poll.
 */
class MailReaderFuzzTest {

  private static final Session SESSION = Session.getInstance(new Properties());

  @FuzzTest(maxDuration = "3m")
  void rawMailIsReadOrRefused(byte[] raw) {
    try {
      InboundMail mail =
          MailReader.read(new MimeMessage(SESSION, new ByteArrayInputStream(raw)), 100_000);
      assertThat(mail.messageId()).isNotBlank();
      assertThat(mail.text()).isNotNull();
    } catch (MessagingException refused) {
      // the documented refusal
    }
  }

  @FuzzTest(maxDuration = "3m")
  void htmlBodiesBecomeText(byte[] html) {
    assertThat(MailText.fromHtml(new String(html, java.nio.charset.StandardCharsets.UTF_8)))
        .isNotNull();
  }
}
