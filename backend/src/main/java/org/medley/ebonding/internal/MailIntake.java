package org.medley.ebonding.internal;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.exceptions.HttpStatusException;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.medley.desk.MailDesk;
import org.medley.ebonding.MailClaim;
import org.medley.identity.Accounts;
import org.medley.identity.GuestRequesters;
import org.medley.integrations.api.InboundMail;
import org.medley.outbox.MailThreads;
import org.medley.platform.Refused;
import org.medley.platform.RetryLockConflicts;

/**
 * What one mail read from a support mailbox becomes, once: keyed on its Message-ID first, in the
 * transaction of everything it causes, so a mail read again (another node, a restart) changes
 * nothing. Automatic mails (auto-replies, bulk, out-of-office) and Medley's own mail are dropped
 * before anything else. A reply goes to its ticket by {@code In-Reply-To}/{@code References}
 * against the ids Medley sent or received for that ticket, else by the ticket number token in the
 * subject ({@code [INC-000123]}), never by subject text alone; the comment is written as the
 * sender, so the portal's rules decide whether they may (the requester or the desk's staff). A new
 * mail opens a ticket for a known sender; an unknown one gets a guest requester or a polite
 * refusal, as the mailbox says. A file the desk would refuse as an upload refuses the whole mail
 * with a reply naming it: a ticket silently missing the file the sender meant to show is worse than
 * a clear answer. Mail a {@link MailClaim} takes (a vendor's) is that feature's.
 */
@Singleton
class MailIntake {

  /** What became of one mail. */
  enum Outcome {
    OPENED,
    COMMENTED,
    /** Automatic, a loop, or already settled: nothing written but the key. */
    IGNORED,
    /**
     * Not taken (unknown sender, a refused file, a ticket that takes no comment): a reply says so.
     */
    REFUSED,
    /** Taken by another feature ({@link MailClaim}). */
    CLAIMED,
    /** Handled before: nothing written. */
    DUPLICATE
  }

  /** {@code [INC-000123]} or {@code [REQ-000045]} in a subject. */
  static final Pattern TICKET_TOKEN = Pattern.compile("\\[((?:INC|REQ)-\\d{3,12})\\]");

  private final MailThreads threads;
  private final MailDesk desk;
  private final Accounts accounts;
  private final GuestRequesters guests;
  private final MailReplies replies;
  private final List<MailClaim> claims;
  private final TransactionOperations<Connection> transactions;
  private final Clock clock;

  MailIntake(
      MailThreads threads,
      MailDesk desk,
      Accounts accounts,
      GuestRequesters guests,
      MailReplies replies,
      List<MailClaim> claims,
      TransactionOperations<Connection> transactions,
      Clock clock) {
    this.threads = threads;
    this.desk = desk;
    this.accounts = accounts;
    this.guests = guests;
    this.replies = replies;
    this.claims = claims;
    this.transactions = transactions;
    this.clock = clock;
  }

  /** Handles one mail of the connector's mailbox; safe to repeat. */
  @RetryLockConflicts
  public Outcome handle(ConnectorDirectory.Connector mailbox, InboundMail mail) {
    long tenant = mailbox.tenantId();
    String loop = loop(mail);
    if (loop != null) {
      return transactions.executeWrite(status -> ignored(mailbox, mail, loop));
    }
    try {
      return transactions.executeWrite(status -> take(mailbox, mail));
    } catch (Refused | HttpStatusException refused) {
      // The desk refused what the mail asked (its transaction rolled back): key it and say why.
      String reason = reason(refused);
      return transactions.executeWrite(
          status -> {
            if (!threads.receive(
                tenant, mail.messageId(), mailbox.id(), "REFUSED", clock.instant())) {
              return Outcome.DUPLICATE;
            }
            threads.handled(tenant, mail.messageId(), null, "REFUSED", reason);
            replies.refused(tenant, mail, MailReplies.Why.NOT_ADDED, reason);
            return Outcome.REFUSED;
          });
    }
  }

  /** Why the mail must not be answered or used (a machine wrote it, or Medley did), or null. */
  private @Nullable String loop(InboundMail mail) {
    if (mail.from().isBlank()) {
      return "no sender";
    }
    if (replies.ownAddress().map(own -> own.equals(mail.from())).orElse(false)) {
      return "sent from Medley's own address";
    }
    if (mail.messageId().toLowerCase(Locale.ROOT).endsWith("@medley")) {
      return "one of Medley's own notices";
    }
    return mail.automatic();
  }

  /**
   * A mail the desk neither answers nor files. A machine's mail that is not Medley's own (a vendor
   * desk's acknowledgement naming its case number) is still offered to the claims, which never
   * answer it, so no loop can start.
   */
  private Outcome ignored(ConnectorDirectory.Connector mailbox, InboundMail mail, String why) {
    long tenant = mailbox.tenantId();
    if (!threads.receive(tenant, mail.messageId(), mailbox.id(), "IGNORED", clock.instant())) {
      return Outcome.DUPLICATE;
    }
    if (why.equals(mail.automatic())) {
      for (MailClaim claim : claims) {
        if (claim.claim(tenant, mailbox.id(), mail)) {
          threads.handled(
              tenant, mail.messageId(), null, "CLAIMED", claim.getClass().getSimpleName());
          return Outcome.CLAIMED;
        }
      }
    }
    threads.handled(tenant, mail.messageId(), null, "IGNORED", why);
    return Outcome.IGNORED;
  }

  private Outcome take(ConnectorDirectory.Connector mailbox, InboundMail mail) {
    long tenant = mailbox.tenantId();
    if (!threads.receive(tenant, mail.messageId(), mailbox.id(), "RECEIVED", clock.instant())) {
      return Outcome.DUPLICATE;
    }
    for (MailClaim claim : claims) {
      if (claim.claim(tenant, mailbox.id(), mail)) {
        threads.handled(
            tenant, mail.messageId(), null, "CLAIMED", claim.getClass().getSimpleName());
        return Outcome.CLAIMED;
      }
    }
    String refusedFile = refusedFile(mail);
    if (refusedFile != null) {
      threads.handled(tenant, mail.messageId(), null, "REFUSED", refusedFile);
      replies.refused(tenant, mail, MailReplies.Why.FILE, refusedFile);
      return Outcome.REFUSED;
    }
    Optional<MailDesk.TicketRef> ticket = ticket(tenant, mail);
    Optional<Long> sender = known(tenant, mail.from());
    if (ticket.isPresent()) {
      long author = sender.orElseGet(() -> guestOrNull(mailbox, mail));
      if (author == 0) {
        threads.handled(tenant, mail.messageId(), null, "REFUSED", "unknown sender");
        replies.refused(tenant, mail, MailReplies.Why.UNKNOWN_SENDER, null);
        return Outcome.REFUSED;
      }
      long id = ticket.get().id();
      desk.reply(author, id, text(mail));
      attach(author, id, mail);
      threads.handled(tenant, mail.messageId(), id, "COMMENTED", ticket.get().number());
      return Outcome.COMMENTED;
    }
    long requester = sender.orElseGet(() -> guestOrNull(mailbox, mail));
    if (requester == 0) {
      threads.handled(tenant, mail.messageId(), null, "REFUSED", "unknown sender");
      replies.refused(tenant, mail, MailReplies.Why.UNKNOWN_SENDER, null);
      return Outcome.REFUSED;
    }
    MailDesk.TicketRef opened =
        desk.open(
            requester,
            MailSubjects.title(mail.subject()),
            text(mail),
            MailboxForm.supportGroupId(mailbox.connection().settings()));
    attach(requester, opened.id(), mail);
    threads.handled(tenant, mail.messageId(), opened.id(), "OPENED", opened.number());
    return Outcome.OPENED;
  }

  /** The ticket the mail answers: by the thread's ids, else by the number token in the subject. */
  private Optional<MailDesk.TicketRef> ticket(long tenant, InboundMail mail) {
    Optional<Long> threaded = threads.ticketOf(tenant, mail.answers());
    if (threaded.isPresent()) {
      return desk.ticket(tenant, threaded.get());
    }
    Matcher token = TICKET_TOKEN.matcher(mail.subject());
    return token.find() ? desk.byNumber(tenant, token.group(1)) : Optional.empty();
  }

  /** The enabled account of the tenant whose e-mail (or sign-in name) is the sender's. */
  private Optional<Long> known(long tenant, String from) {
    return accounts.accountsBySignIn(tenant, from).stream()
        .filter(a -> a.enabled() && a.tenantId() == tenant)
        .filter(a -> a.email() != null && a.email().equalsIgnoreCase(from))
        .map(Accounts.Account::id)
        .findFirst();
  }

  /** A guest account when the mailbox takes unknown senders; 0 when it refuses them. */
  private long guestOrNull(ConnectorDirectory.Connector mailbox, InboundMail mail) {
    if (MailboxForm.unknownSenders(mailbox.connection().settings())
        != MailboxForm.UnknownSenders.GUEST) {
      return 0;
    }
    return guests.guest(mailbox.tenantId(), mail.from(), mail.fromName());
  }

  /** The largest file the desk takes: larger ones are not even downloaded from the mailbox. */
  long maxFileBytes() {
    return desk.maxAttachmentBytes();
  }

  /** The first file the desk would refuse, as "name: reason", or null. */
  private @Nullable String refusedFile(InboundMail mail) {
    for (InboundMail.Attachment file : mail.attachments()) {
      if (file.omitted() || file.size() > desk.maxAttachmentBytes()) {
        return file.name()
            + ": the file is larger than "
            + (desk.maxAttachmentBytes() / (1024 * 1024))
            + " MB";
      }
      String reason = desk.refusal(file.name(), file.bytes());
      if (reason != null) {
        return file.name() + ": " + reason;
      }
    }
    return null;
  }

  private void attach(long account, long ticket, InboundMail mail) {
    for (InboundMail.Attachment file : mail.attachments()) {
      desk.attach(account, ticket, file.name(), file.bytes());
    }
  }

  private static String text(InboundMail mail) {
    String text = mail.text().strip();
    if (text.isEmpty()) {
      return mail.attachments().isEmpty()
          ? "(The mail had no text.)"
          : "(The mail had no text; its files are attached.)";
    }
    return text;
  }

  private static String reason(RuntimeException refused) {
    if (refused instanceof Refused r && !r.errors().isEmpty()) {
      return r.errors().stream().map(e -> e.message()).reduce((a, b) -> a + "; " + b).orElse("");
    }
    return refused.getMessage() == null ? "refused" : refused.getMessage();
  }
}
