package org.medley.integrations.api;

/**
 * Support mailboxes (connectors of kind {@link DeskKind#EMAIL}): reads what arrived and checks the
 * sign-in. The connection's settings name the mailbox: {@code protocol} ({@code imap}, {@code
 * imaps} or {@code pop3}), {@code host}, {@code port}, {@code folder} (default {@code INBOX}); its
 * auth is {@code BASIC}.
 */
public interface MailGateway {

  /** What the backend does with one mail; returns normally once the mail is safely handled. */
  @FunctionalInterface
  interface Handler {
    void handle(InboundMail mail);
  }

  /**
   * Reads up to {@code max} mails not handled yet and hands each to {@code handler}, oldest first.
   * A mail the handler took is marked seen (IMAP) or deleted (POP3); one whose handler threw stays
   * unread and comes again next time, so the handler must be safe to repeat (it is: the backend
   * keys each mail on its Message-ID).
   *
   * @param maxFileBytes files larger than this are not downloaded: they come as {@link
   *     InboundMail.Attachment#omitted()} with their size, for the handler to refuse
   * @return how many mails the handler took
   * @throws DeskUnavailable when the mailbox cannot be reached or refuses the sign-in
   */
  int fetch(DeskConnection connection, int max, long maxFileBytes, Handler handler);

  /** Reaches the mailbox, signs in and opens the folder; reports failures rather than throwing. */
  DeskHealth test(DeskConnection connection);
}
