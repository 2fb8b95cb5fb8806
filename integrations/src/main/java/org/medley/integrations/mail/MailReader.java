package org.medley.integrations.mail;

import jakarta.mail.Address;
import jakarta.mail.BodyPart;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.ContentType;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeUtility;
import java.io.IOException;
import java.io.InputStream;
import java.io.UnsupportedEncodingException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.medley.integrations.api.InboundMail;

/**
 * Turns a mail as the mailbox holds it into an {@link InboundMail}: the threading headers, the
 * sender, the automatic-mail flags ({@link AutoReplies}), the person's text ({@link MailText}: the
 * text/plain part, else the HTML part as safe text) and every file, inline images included. Parts
 * in other charsets (ISO-8859-1, windows-1252, …) and transfer encodings (quoted-printable, base64)
 * are decoded; an unknown charset falls back to UTF-8 rather than losing the mail.
 */
public final class MailReader {

  private static final Pattern ID = Pattern.compile("<([^<>\\s]+)>");

  private MailReader() {}

  /** The mail read, every file downloaded. */
  public static InboundMail read(Message message) throws MessagingException {
    return read(message, Long.MAX_VALUE);
  }

  /**
   * The mail read; a file larger than {@code maxFileBytes} (by the size the mailbox reports) is
   * listed as omitted and not downloaded.
   */
  public static InboundMail read(Message message, long maxFileBytes) throws MessagingException {
    Parts parts = new Parts(maxFileBytes);
    try {
      parts.walk(message);
    } catch (IOException e) {
      throw new MessagingException("Could not read the mail's parts: " + e.getMessage(), e);
    }
    String subject = subject(message);
    String from = null;
    String fromName = null;
    Address[] senders = message.getFrom();
    if (senders != null && senders.length > 0 && senders[0] instanceof InternetAddress sender) {
      from = sender.getAddress() == null ? null : sender.getAddress().toLowerCase(Locale.ROOT);
      fromName = sender.getPersonal();
    }
    if (from == null) {
      from = "";
    }
    String text =
        parts.plain != null
            ? MailText.fromPlain(parts.plain)
            : parts.html != null ? MailText.fromHtml(parts.html) : "";
    Instant sent = message.getSentDate() == null ? null : message.getSentDate().toInstant();
    List<String> inReplyTo = ids(header(message, "In-Reply-To"));
    List<String> references = ids(header(message, "References"));
    String messageId = ids(header(message, "Message-ID")).stream().findFirst().orElse(null);
    if (messageId == null) {
      messageId = madeUpId(from, sent, subject, text);
    }
    return new InboundMail(
        messageId,
        inReplyTo,
        references,
        from,
        fromName,
        recipients(message),
        subject,
        AutoReplies.reason(
            header(message, "Auto-Submitted"),
            header(message, "Precedence"),
            firstOf(header(message, "X-Autoreply"), header(message, "X-Autorespond")),
            subject),
        text,
        parts.attachments,
        sent);
  }

  /** The ids in a threading header: every {@code <…>}, brackets removed. */
  static List<String> ids(String header) {
    List<String> ids = new ArrayList<>();
    if (header == null) {
      return ids;
    }
    Matcher matcher = ID.matcher(header);
    while (matcher.find()) {
      ids.add(matcher.group(1));
    }
    if (ids.isEmpty() && !header.isBlank() && !header.strip().contains(" ")) {
      ids.add(header.strip()); // a bare id some clients write without brackets
    }
    return ids;
  }

  private static String subject(Message message) throws MessagingException {
    String subject = message.getSubject();
    return subject == null ? "" : subject.replaceAll("[\\r\\n\\t]+", " ").strip();
  }

  private static List<String> recipients(Message message) throws MessagingException {
    List<String> to = new ArrayList<>();
    for (Message.RecipientType type :
        new Message.RecipientType[] {Message.RecipientType.TO, Message.RecipientType.CC}) {
      Address[] addresses = message.getRecipients(type);
      if (addresses != null) {
        for (Address address : addresses) {
          if (address instanceof InternetAddress internet && internet.getAddress() != null) {
            to.add(internet.getAddress().toLowerCase(Locale.ROOT));
          }
        }
      }
    }
    return to;
  }

  private static String header(Part part, String name) throws MessagingException {
    String[] values = part.getHeader(name);
    if (values == null || values.length == 0) {
      return null;
    }
    String value = String.join(" ", values);
    try {
      return MimeUtility.decodeText(MimeUtility.unfold(value));
    } catch (UnsupportedEncodingException e) {
      return value;
    }
  }

  private static String firstOf(String a, String b) {
    return a != null ? a : b;
  }

  /** A stable id for a mail without one, so a repeat of it is still recognised. */
  private static String madeUpId(String from, Instant sent, String subject, String text) {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      sha.update(
          (from + "\n" + sent + "\n" + subject + "\n" + text).getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(sha.digest()).substring(0, 40) + "@no-message-id.medley";
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The first text/plain and text/html bodies and the files, walking nested multiparts. */
  private static final class Parts {

    final long maxFileBytes;
    String plain;
    String html;
    final List<InboundMail.Attachment> attachments = new ArrayList<>();

    Parts(long maxFileBytes) {
      this.maxFileBytes = maxFileBytes;
    }

    void walk(Part part) throws MessagingException, IOException {
      String disposition = disposition(part);
      if (part.isMimeType("multipart/*")) {
        Object content = part.getContent();
        if (content instanceof Multipart multipart) {
          for (int i = 0; i < multipart.getCount(); i++) {
            BodyPart child = multipart.getBodyPart(i);
            walk(child);
          }
        }
        return;
      }
      if (part.isMimeType("message/rfc822") && !Part.ATTACHMENT.equals(disposition)) {
        file(part, "forwarded-message.eml", false);
        return;
      }
      boolean named = part.getFileName() != null;
      boolean attached = Part.ATTACHMENT.equals(disposition) || named;
      if (!attached && part.isMimeType("text/plain") && plain == null) {
        plain = text(part);
      } else if (!attached && part.isMimeType("text/html") && html == null) {
        html = text(part);
      } else if (attached || !part.isMimeType("text/*")) {
        file(part, null, Part.INLINE.equals(disposition) || part.getHeader("Content-ID") != null);
      }
    }

    private void file(Part part, String fallbackName, boolean inline)
        throws MessagingException, IOException {
      String type = baseType(part.getContentType());
      long estimate = decodedSize(part);
      String name = part.getFileName();
      if (name != null) {
        try {
          name = MimeUtility.decodeText(name);
        } catch (UnsupportedEncodingException e) {
          // keep it as written
        }
      }
      if (name == null || name.isBlank()) {
        name =
            fallbackName != null
                ? fallbackName
                : "attachment-" + (attachments.size() + 1) + extension(type);
      }
      if (estimate > maxFileBytes) {
        attachments.add(
            new InboundMail.Attachment(name, type, estimate, new byte[0], inline, true));
        return;
      }
      byte[] bytes;
      try (InputStream in = part.getInputStream()) {
        bytes = in.readAllBytes();
      }
      attachments.add(new InboundMail.Attachment(name, type, bytes.length, bytes, inline, false));
    }
  }

  /**
   * The part's size once decoded, from what the mailbox reports (base64 is 4/3 larger); -1:
   * unknown.
   */
  private static long decodedSize(Part part) throws MessagingException {
    int size = part.getSize();
    if (size < 0) {
      return -1;
    }
    String[] encoding = part.getHeader("Content-Transfer-Encoding");
    boolean base64 = encoding != null && encoding[0].strip().equalsIgnoreCase("base64");
    return base64 ? size * 3L / 4 : size;
  }

  private static String disposition(Part part) {
    try {
      String disposition = part.getDisposition();
      return disposition == null ? null : disposition.toLowerCase(Locale.ROOT);
    } catch (MessagingException e) {
      return null;
    }
  }

  /** A text part decoded by its declared charset; an unknown one reads as UTF-8. */
  private static String text(Part part) throws MessagingException, IOException {
    byte[] bytes;
    try (InputStream in = part.getInputStream()) {
      bytes = in.readAllBytes();
    }
    Charset charset = StandardCharsets.UTF_8;
    try {
      String declared = new ContentType(part.getContentType()).getParameter("charset");
      if (declared != null) {
        charset = Charset.forName(MimeUtility.javaCharset(declared.strip()));
      }
    } catch (RuntimeException | jakarta.mail.internet.ParseException e) {
      // unknown or malformed charset: UTF-8 keeps most of the words
    }
    return new String(bytes, charset);
  }

  private static String baseType(String contentType) {
    if (contentType == null) {
      return "application/octet-stream";
    }
    try {
      return new ContentType(contentType).getBaseType().toLowerCase(Locale.ROOT);
    } catch (jakarta.mail.internet.ParseException e) {
      int semicolon = contentType.indexOf(';');
      return (semicolon < 0 ? contentType : contentType.substring(0, semicolon))
          .strip()
          .toLowerCase(Locale.ROOT);
    }
  }

  private static String extension(String type) {
    return switch (type) {
      case "image/png" -> ".png";
      case "image/jpeg" -> ".jpg";
      case "image/gif" -> ".gif";
      case "application/pdf" -> ".pdf";
      case "text/plain" -> ".txt";
      default -> ".bin";
    };
  }
}
