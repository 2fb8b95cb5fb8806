package org.medley.ebonding.internal;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.inject.Singleton;
import java.util.Optional;
import org.medley.integrations.api.InboundMail;
import org.medley.outbox.Mail;
import org.medley.outbox.Outbox;

/**
 * The polite answers a support mailbox gives when it does not take a mail, written to the outbox in
 * the transaction that keyed the mail and sent after it commits ({@link MailReplySender}). With
 * mail switched off ({@code MEDLEY_MAIL_ENABLED=false}) there is nobody to send them: none are
 * written. Never an answer to an automatic mail: those are dropped before.
 */
@Singleton
class MailReplies {

  static final String TYPE = "mail.reply";

  /** Why the mail was not taken. */
  enum Why {
    UNKNOWN_SENDER,
    FILE,
    NOT_ADDED
  }

  /** What the outbox stores: the whole reply, so sending needs no other read. */
  @Serdeable
  record Reply(String to, String subject, String body, String inReplyTo) {}

  private final Outbox outbox;
  private final Optional<Mail> mail;
  private final long maxBytes;

  MailReplies(Outbox outbox, Optional<Mail> mail, org.medley.desk.MailDesk desk) {
    this.outbox = outbox;
    this.mail = mail;
    this.maxBytes = desk.maxAttachmentBytes();
  }

  /** Medley's own sender address, when mail is on. */
  Optional<String> ownAddress() {
    return mail.map(Mail::address);
  }

  void refused(long tenantId, InboundMail to, Why why, @Nullable String detail) {
    if (mail.isEmpty()) {
      return;
    }
    String subject = to.subject().isBlank() ? "your e-mail" : to.subject();
    outbox.append(
        tenantId,
        "mail",
        0,
        TYPE,
        new Reply(to.from(), "Re: " + subject, body(why, detail), to.messageId()));
  }

  String body(Why why, @Nullable String detail) {
    String what =
        switch (why) {
          case UNKNOWN_SENDER ->
              "Thank you for your e-mail. We could not open a ticket from it: this address is not"
                  + " known to the service desk. Please file your request in the IT portal, or call"
                  + " the service desk and ask them to add your address.";
          case FILE ->
              "Thank you for your e-mail. We could not accept it because of an attached file ("
                  + detail
                  + "). The service desk takes screenshots, PDFs, Office documents and text files"
                  + " of up to "
                  + (maxBytes / (1024 * 1024))
                  + " MB. Please send your message again without that file, or share it another"
                  + " way.";
          case NOT_ADDED ->
              "Thank you for your e-mail. We could not add it to the ticket: "
                  + detail
                  + ". Please use the IT portal or call the service desk.";
        };
    return what
        + "\n\nNothing else was done with your e-mail.\n\n-- \nIT Service Desk (sent automatically)\n";
  }
}
