package org.medley.ebonding.internal;

import io.micronaut.core.annotation.Nullable;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.medley.integrations.api.DeskConnection.Auth;
import org.medley.platform.Problem;

/**
 * What makes a support mailbox (a connector of kind EMAIL) well formed, on top of {@link
 * ConnectorForm}'s checks: {@code protocol} {@code imap}, {@code imaps} or {@code pop3}; a {@code
 * host} name; a {@code port} (default by protocol: 143, 993, 110); a {@code folder} (default INBOX,
 * IMAP only); {@code supportGroupId}, the group new mails' tickets go to (default: the routing
 * rules); {@code unknownSenders}, {@code REFUSE} (a polite reply, the default) or {@code GUEST} (a
 * ticket for a guest requester); BASIC sign-in. Its base URL is made from these ({@code
 * imaps://mail.example.org:993}) and given none.
 */
final class MailboxForm {

  static final List<String> PROTOCOLS = List.of("imap", "imaps", "pop3");

  /** What happens to a new mail from an address Medley does not know. */
  enum UnknownSenders {
    /** A polite reply says to use the portal or ask the desk for an account; no ticket. */
    REFUSE,
    /** A guest requester account is made for the address and the mail opens a ticket. */
    GUEST
  }

  private static final Pattern HOST =
      Pattern.compile("^[A-Za-z0-9]([A-Za-z0-9.-]{0,251}[A-Za-z0-9])?$");

  private MailboxForm() {}

  /**
   * Checks the mailbox settings in place (defaults filled in); returns the connector's base URL.
   */
  static @Nullable URI check(
      List<Problem.FieldError> errors,
      Map<String, String> settings,
      Auth auth,
      @Nullable String baseUrl) {
    if (baseUrl != null && !baseUrl.isBlank()) {
      errors.add(
          ConnectorForm.error(
              "baseUrl", "a mailbox has none: give settings.protocol, host and port instead"));
    }
    if (auth.type() != Auth.Type.BASIC) {
      errors.add(
          ConnectorForm.error("auth.type", "a mailbox signs in with BASIC (username, password)"));
    }
    String protocol = settings.getOrDefault("protocol", "").toLowerCase(Locale.ROOT);
    if (!PROTOCOLS.contains(protocol)) {
      errors.add(ConnectorForm.error("settings.protocol", "required: one of " + PROTOCOLS));
      protocol = null;
    } else {
      settings.put("protocol", protocol);
    }
    String host = settings.get("host");
    if (host == null || host.isBlank()) {
      errors.add(ConnectorForm.error("settings.host", "required: the mail server's name"));
      host = null;
    } else if (!HOST.matcher(host).matches()) {
      errors.add(
          ConnectorForm.error("settings.host", "must be a host name such as mail.example.org"));
      host = null;
    }
    int port = 0;
    String givenPort = settings.get("port");
    if (givenPort == null || givenPort.isBlank()) {
      if (protocol != null) {
        port =
            switch (protocol) {
              case "imap" -> 143;
              case "imaps" -> 993;
              default -> 110;
            };
        settings.put("port", String.valueOf(port));
      }
    } else {
      try {
        port = Integer.parseInt(givenPort.strip());
        if (port < 1 || port > 65535) {
          throw new NumberFormatException();
        }
      } catch (NumberFormatException e) {
        errors.add(ConnectorForm.error("settings.port", "must be a port between 1 and 65535"));
      }
    }
    String folder = settings.getOrDefault("folder", "");
    if (folder.isBlank()) {
      settings.put("folder", "INBOX");
    } else if ("pop3".equals(protocol) && !folder.equalsIgnoreCase("INBOX")) {
      errors.add(ConnectorForm.error("settings.folder", "POP3 reads INBOX only"));
    }
    String group = settings.get("supportGroupId");
    if (group != null) {
      try {
        if (Long.parseLong(group.strip()) < 1) {
          throw new NumberFormatException();
        }
      } catch (NumberFormatException e) {
        errors.add(ConnectorForm.error("settings.supportGroupId", "must be a support group's id"));
      }
    }
    String unknown = settings.getOrDefault("unknownSenders", UnknownSenders.REFUSE.name());
    try {
      settings.put(
          "unknownSenders", UnknownSenders.valueOf(unknown.toUpperCase(Locale.ROOT)).name());
    } catch (IllegalArgumentException e) {
      errors.add(ConnectorForm.error("settings.unknownSenders", "must be REFUSE or GUEST"));
    }
    for (String key : settings.keySet()) {
      if (!List.of(
              "protocol",
              "host",
              "port",
              "folder",
              "pollInterval",
              "supportGroupId",
              "unknownSenders")
          .contains(key)) {
        errors.add(ConnectorForm.error("settings." + key, "not a mailbox setting; leave it out"));
      }
    }
    if (protocol == null || host == null || port == 0) {
      return null;
    }
    return URI.create(protocol + "://" + host.toLowerCase(Locale.ROOT) + ":" + port);
  }

  /** The mailbox's rule for unknown senders. */
  static UnknownSenders unknownSenders(Map<String, String> settings) {
    try {
      return UnknownSenders.valueOf(
          settings.getOrDefault("unknownSenders", "REFUSE").toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      return UnknownSenders.REFUSE;
    }
  }

  /** The group new mails' tickets go to, or null: the routing rules decide. */
  static @Nullable Long supportGroupId(Map<String, String> settings) {
    String group = settings.get("supportGroupId");
    try {
      return group == null || group.isBlank() ? null : Long.parseLong(group.strip());
    } catch (NumberFormatException e) {
      return null;
    }
  }
}
