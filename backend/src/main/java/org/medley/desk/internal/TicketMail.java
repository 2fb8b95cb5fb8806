package org.medley.desk.internal;

import io.micronaut.context.annotation.Requires;
import io.micronaut.context.annotation.Value;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.json.JsonMapper;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.ResultSet;
import java.time.Clock;
import java.util.List;
import java.util.Set;
import org.medley.identity.Accounts;
import org.medley.identity.PhiOutbound;
import org.medley.identity.Role;
import org.medley.outbox.Mail;
import org.medley.outbox.MailThreads;
import org.medley.outbox.OutboxEvent;
import org.medley.outbox.OutboxHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * E-mail notices of ticket changes, sent by the outbox relay after the change committed: the
 * requester hears of public replies, of a question waiting on her and of resolution, an assignee of
 * new work. Minimum necessary: a notice carries the ticket number, its title (or a generic line
 * when the ticket is PHI-flagged) and a link — never the description, a comment or a resolution
 * text, which stay behind sign-in. Every notice threads: its own Message-ID, {@code
 * In-Reply-To}/{@code References} naming the ticket's thread ({@link MailThreads}) and the ticket
 * number in the subject, so a reply comes back to the ticket through the support mailbox.
 */
@Singleton
@Requires(property = "medley.mail.enabled", value = "true")
class TicketMail implements OutboxHandler {

  static final String TYPE = "ticket.mail";

  private static final Logger LOG = LoggerFactory.getLogger(TicketMail.class);

  private final JdbcOperations jdbc;
  private final Accounts accounts;
  private final JsonMapper json;
  private final Mail mail;
  private final String linkBase;
  private final TransactionOperations<Connection> transactions;
  private final MailThreads threads;
  private final PhiOutbound phiOutbound;
  private final Clock clock;

  TicketMail(
      JdbcOperations jdbc,
      Accounts accounts,
      TransactionOperations<Connection> transactions,
      JsonMapper json,
      Mail mail,
      MailThreads threads,
      PhiOutbound phiOutbound,
      Clock clock,
      @Value("${medley.mail.link-base:`http://localhost:8080`}") String linkBase) {
    this.threads = threads;
    this.phiOutbound = phiOutbound;
    this.clock = clock;
    this.jdbc = jdbc;
    this.accounts = accounts;
    this.transactions = transactions;
    this.json = json;
    this.mail = mail;
    this.linkBase =
        linkBase.endsWith("/") ? linkBase.substring(0, linkBase.length() - 1) : linkBase;
  }

  /** What the outbox stores: who, why, which ticket. The text is composed when sending. */
  @Serdeable
  record Notice(long recipientId, String kind, long ticketId) {}

  record Recipient(String email, String path) {}

  record TicketLine(String number, String title, boolean phi) {}

  @Override
  public Set<String> types() {
    return Set.of(TYPE);
  }

  @Override
  public void deliver(OutboxEvent event) throws Exception {
    Notice notice = json.readValue(event.payload(), Notice.class);
    Recipient recipient = transactions.executeRead(status -> recipient(notice.recipientId()));
    if (recipient == null) {
      LOG.info(
          "No e-mail address for account {}: notice {} not mailed",
          notice.recipientId(),
          event.eventId());
      return;
    }
    TicketLine ticket =
        transactions.executeRead(status -> ticket(event.tenantId(), notice.ticketId()));
    if (ticket == null) {
      return;
    }
    Composed composed;
    // A mailbox is outside the hospital: no agreement covers it, the title is always filtered.
    try (PhiOutbound.Payload out =
        phiOutbound.payload(event.tenantId(), null, "email-notice", ticket.number())) {
      composed =
          compose(
              notice.kind(),
              new TicketLine(ticket.number(), out.text(ticket.title()), ticket.phi()),
              link(recipient, notice.ticketId()));
    }
    String id = event.eventId().toString();
    List<String> thread = new java.util.ArrayList<>();
    thread.add(root(event.tenantId(), notice.ticketId()));
    thread.addAll(
        transactions.executeRead(
            status -> threads.thread(event.tenantId(), notice.ticketId(), MAX_REFERENCES)));
    mail.send(recipient.email(), composed.subject(), composed.body(), id, thread);
    transactions.executeWrite(
        status -> {
          threads.sent(event.tenantId(), notice.ticketId(), Mail.messageId(id), clock.instant());
          return null;
        });
  }

  /** References a notice carries at most: the root and the latest mails of the thread. */
  static final int MAX_REFERENCES = 10;

  /**
   * The root a ticket's mail threads under before any mail of it was sent or received: stable, so
   * every notice of the ticket names the same one and the requester's client shows one
   * conversation.
   */
  static String root(long tenantId, long ticketId) {
    return "ticket-" + ticketId + "." + tenantId + "@medley";
  }

  record Composed(String subject, String body) {}

  /** The e-mail's text; pure, so the minimum-necessary rule is tested without a server. */
  static Composed compose(String kind, TicketLine ticket, String link) {
    String about = ticket.phi() ? "a ticket (details are shown after you sign in)" : ticket.title();
    String subjectTitle = ticket.phi() ? "" : ": " + ticket.title();
    String what =
        switch (kind) {
          case "COMMENT" -> "The service desk replied to your ticket";
          case Notifications.NEEDS_YOU -> "Your ticket is waiting for your answer";
          case "RESOLVED" -> "Your ticket was resolved";
          case "ASSIGNED" -> "A ticket was assigned to you";
          default -> "Your ticket was updated";
        };
    String subject = "[" + ticket.number() + "] " + what + subjectTitle;
    String body =
        what
            + ".\n\n"
            + ticket.number()
            + " — "
            + about
            + "\n\nOpen it in Medley: "
            + link
            + "\n\n"
            + switch (kind) {
              case "RESOLVED" ->
                  "If the problem is not fixed, you can reopen the ticket there.\n\n";
              case Notifications.NEEDS_YOU ->
                  "The service desk cannot go on until you reply there.\n\n";
              default -> "";
            }
            + "This message was sent automatically. Please answer in Medley, at the link above.\n";
    return new Composed(subject, body);
  }

  private String link(Recipient recipient, long ticketId) {
    return linkBase + recipient.path() + ticketId;
  }

  private Recipient recipient(long accountId) {
    return accounts
        .account(accountId)
        .filter(a -> a.enabled() && a.email() != null && !a.email().isBlank())
        .map(a -> new Recipient(a.email(), path(a.roles())))
        .orElse(null);
  }

  /** The screen the recipient works in, as the SPA picks it (utils/paths.ts). */
  private static String path(Set<Role> roles) {
    return roles.contains(Role.AGENT) || roles.contains(Role.ADMIN)
        ? "/workspace/tickets/"
        : roles.contains(Role.PARTNER_AGENT) ? "/partner/tickets/" : "/portal/tickets/";
  }

  private TicketLine ticket(long tenantId, long ticketId) {
    return jdbc.prepareStatement(
        "SELECT number, title, phi FROM tickets WHERE tenant_id = ? AND id = ?",
        statement -> {
          statement.setLong(1, tenantId);
          statement.setLong(2, ticketId);
          try (ResultSet rows = statement.executeQuery()) {
            return rows.next()
                ? new TicketLine(rows.getString(1), rows.getString(2), rows.getBoolean(3))
                : null;
          }
        });
  }
}
