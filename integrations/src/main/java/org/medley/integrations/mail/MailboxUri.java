package org.medley.integrations.mail;

import java.util.Locale;
import org.medley.integrations.api.DeskConnection;

/**
 * The camel-mail endpoint of a support mailbox: protocol, host, port and folder from the
 * connector's settings, the sign-in from its BASIC auth. IMAP reads unseen mails without marking
 * them ({@code peek}) and marks each seen once Medley handled it; POP3 has no flags, so a handled
 * mail is deleted. The consumer polls only when Medley asks ({@code startScheduler=false}) and
 * holds no connection between polls.
 */
final class MailboxUri {

  static final String DEFAULT_FOLDER = "INBOX";

  private MailboxUri() {}

  static String protocol(DeskConnection connection) {
    String protocol = connection.setting("protocol", "imaps").strip().toLowerCase(Locale.ROOT);
    return switch (protocol) {
      case "imap", "imaps", "pop3", "pop3s" -> protocol;
      default -> throw new IllegalArgumentException("not a mailbox protocol: " + protocol);
    };
  }

  static String host(DeskConnection connection) {
    String host = connection.setting("host", connection.baseUrl().getHost());
    if (host == null || host.isBlank()) {
      throw new IllegalArgumentException("the mailbox has no host");
    }
    return host.strip();
  }

  static int port(DeskConnection connection) {
    String given = connection.setting("port", null);
    if (given != null) {
      return Integer.parseInt(given.strip());
    }
    return switch (protocol(connection)) {
      case "imap" -> 143;
      case "imaps" -> 993;
      case "pop3" -> 110;
      default -> 995;
    };
  }

  static String folder(DeskConnection connection) {
    return connection.setting("folder", DEFAULT_FOLDER).strip();
  }

  static boolean pop3(DeskConnection connection) {
    return protocol(connection).startsWith("pop3");
  }

  /** The endpoint URI, credentials marked RAW so no character of them is reinterpreted. */
  static String of(DeskConnection connection, int max, long timeoutMillis) {
    DeskConnection.Auth auth = connection.auth();
    boolean pop3 = pop3(connection);
    return protocol(connection)
        + "://"
        + host(connection)
        + ":"
        + port(connection)
        + "?username=RAW("
        + nullToEmpty(auth.username())
        + ")&password=RAW("
        + nullToEmpty(auth.password())
        + ")&folderName="
        + folder(connection)
        + "&unseen="
        + !pop3
        + "&peek=true&delete="
        + pop3
        + "&mapMailMessage=false&maxMessagesPerPoll="
        + max
        + "&fetchSize="
        + max
        + "&connectionTimeout="
        + timeoutMillis
        + "&disconnect=true&closeFolder=true&skipFailedMessage=false&handleFailedMessage=false"
        + "&startScheduler=false&sendEmptyMessageWhenIdle=false";
  }

  private static String nullToEmpty(String text) {
    return text == null ? "" : text;
  }
}
