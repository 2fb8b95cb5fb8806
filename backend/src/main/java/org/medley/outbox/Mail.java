package org.medley.outbox;

import io.micronaut.context.annotation.Requires;
import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.PasswordAuthentication;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

/**
 * Plain-text e-mail over SMTP (Jakarta Mail), configured by {@code medley.mail.*}. Exists only when
 * {@code medley.mail.enabled=true}: the embedded demo sends nothing. Called by outbox handlers
 * after commit, never inside a ticket's transaction.
 */
@Singleton
@Requires(property = "medley.mail.enabled", value = "true")
public class Mail {

  private final Session session;
  private final InternetAddress from;

  Mail(
      @Value("${medley.mail.host:localhost}") String host,
      @Value("${medley.mail.port:25}") int port,
      @Value("${medley.mail.from:medley@localhost}") String from,
      @Nullable @Value("${medley.mail.username:}") String username,
      @Nullable @Value("${medley.mail.password:}") String password,
      @Value("${medley.mail.starttls:false}") boolean starttls)
      throws MessagingException {
    Properties properties = new Properties();
    properties.put("mail.smtp.host", host);
    properties.put("mail.smtp.port", String.valueOf(port));
    properties.put("mail.smtp.connectiontimeout", "10000");
    properties.put("mail.smtp.timeout", "10000");
    properties.put("mail.smtp.writetimeout", "10000");
    properties.put("mail.smtp.starttls.enable", String.valueOf(starttls));
    properties.put("mail.smtp.starttls.required", String.valueOf(starttls));
    boolean auth = username != null && !username.isBlank();
    properties.put("mail.smtp.auth", String.valueOf(auth));
    this.session =
        auth
            ? Session.getInstance(
                properties,
                new jakarta.mail.Authenticator() {
                  @Override
                  protected PasswordAuthentication getPasswordAuthentication() {
                    return new PasswordAuthentication(username, password);
                  }
                })
            : Session.getInstance(properties);
    this.from = new InternetAddress(from, true);
  }

  /** Sends one message; throws when the server refuses it (the relay retries). */
  public void send(String to, String subject, String body, String messageId)
      throws MessagingException {
    send(to, subject, body, messageId, java.util.List.of());
  }

  /** Medley's own address, lower case: mail from it is a loop, never a new ticket. */
  public String address() {
    return from.getAddress().toLowerCase(java.util.Locale.ROOT);
  }

  /** The Message-ID (without brackets) a notice of this outbox event is sent under. */
  public static String messageId(String eventId) {
    return eventId + "@medley";
  }

  /**
   * Sends one message in a thread: {@code thread} holds the ids (without brackets) of the mails it
   * follows, oldest first; the first is the thread's root. {@code In-Reply-To} names the latest,
   * {@code References} all of them, so mail clients show one conversation.
   */
  public void send(
      String to, String subject, String body, String messageId, java.util.List<String> thread)
      throws MessagingException {
    send(to, subject, body, messageId, thread, true);
  }

  /**
   * Sends one message in a thread, as above; {@code automatic} false for mail a person wrote (a
   * case to a vendor), which must not carry {@code Auto-Submitted}: desks drop such mail unread.
   */
  public void send(
      String to,
      String subject,
      String body,
      String messageId,
      java.util.List<String> thread,
      boolean automatic)
      throws MessagingException {
    MimeMessage message =
        new MimeMessage(session) {
          @Override
          protected void updateMessageID() throws MessagingException {
            // A stable Message-ID per outbox event: a retried send is recognisably the same mail.
            setHeader("Message-ID", "<" + messageId(messageId) + ">");
          }
        };
    message.setFrom(from);
    message.setRecipient(Message.RecipientType.TO, new InternetAddress(to, true));
    message.setSubject(subject, StandardCharsets.UTF_8.name());
    message.setText(body, StandardCharsets.UTF_8.name());
    if (automatic) {
      message.setHeader("Auto-Submitted", "auto-generated");
    }
    if (!thread.isEmpty()) {
      message.setHeader("In-Reply-To", "<" + thread.get(thread.size() - 1) + ">");
      message.setHeader(
          "References", String.join(" ", thread.stream().map(id -> "<" + id + ">").toList()));
    }
    Transport.send(message);
  }
}
