package org.medley.integrations.mail;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Whether a mail was written by a machine, so it must open no ticket and add no comment (answering
 * it would start a mail loop): {@code Auto-Submitted} other than {@code no} (RFC 3834), {@code
 * Precedence: bulk, junk or list}, the {@code X-Autoreply}/{@code X-Autorespond} headers Microsoft
 * and others set, and out-of-office subjects in the languages a hospital's staff write in. Mails
 * from Medley's own address are the backend's check: only it knows that address.
 */
public final class AutoReplies {

  private static final Pattern OUT_OF_OFFICE =
      Pattern.compile(
          "^(auto(matic)?[ -]?(reply|response|antwort)|out of (the )?office|abwesenheit|"
              + "absence|réponse automatique|respuesta automática|fuera de la oficina|on vacation|"
              + "away from (the )?office|afwezig)",
          Pattern.CASE_INSENSITIVE);

  private AutoReplies() {}

  /**
   * Why the mail is automatic, or null when a person wrote it.
   *
   * @param autoSubmitted the {@code Auto-Submitted} header, or null
   * @param precedence the {@code Precedence} header, or null
   * @param autoreply the {@code X-Autoreply} or {@code X-Autorespond} header, or null
   * @param subject the subject, or null
   */
  public static String reason(
      String autoSubmitted, String precedence, String autoreply, String subject) {
    if (autoSubmitted != null && !autoSubmitted.isBlank()) {
      String value = token(autoSubmitted);
      if (!value.equals("no")) {
        return "Auto-Submitted: " + value;
      }
    }
    if (precedence != null) {
      String value = token(precedence);
      if (value.equals("bulk") || value.equals("junk") || value.equals("list")) {
        return "Precedence: " + value;
      }
    }
    if (autoreply != null && !autoreply.isBlank()) {
      return "X-Autoreply: " + autoreply.strip();
    }
    if (subject != null) {
      String plain = subject.strip().replaceFirst("(?i)^(re|aw|fw|fwd|wg)\\s*:\\s*", "");
      if (OUT_OF_OFFICE.matcher(plain).find()) {
        return "out-of-office subject";
      }
    }
    return null;
  }

  private static String token(String header) {
    String value = header.strip().toLowerCase(Locale.ROOT);
    int semicolon = value.indexOf(';');
    return (semicolon < 0 ? value : value.substring(0, semicolon)).strip();
  }
}
