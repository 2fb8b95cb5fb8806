package org.medley.identity.internal;

import io.micronaut.context.annotation.Requires;
import io.micronaut.json.JsonMapper;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Set;
import org.medley.identity.Accounts;
import org.medley.identity.Hospitals;
import org.medley.outbox.Mail;
import org.medley.outbox.OutboxEvent;
import org.medley.outbox.OutboxHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Mails an invitation or a reset link, after the change that made it committed. Identity sits below
 * the outbox in no way that makes a cycle (the outbox knows no feature), so identity writes the
 * event and delivers it itself, as the desk does with {@code TicketMail}. The event carries the
 * link until it is relayed — the same secret the e-mail itself carries, single use and expiring.
 */
@Singleton
@Requires(property = "medley.mail.enabled", value = "true")
class PasswordLinkMail implements OutboxHandler {

  private static final Logger LOG = LoggerFactory.getLogger(PasswordLinkMail.class);
  private static final DateTimeFormatter WHEN =
      DateTimeFormatter.ofPattern("EEEE d MMMM yyyy 'at' HH:mm z");

  @Serdeable
  record Notice(long userId, PasswordLinks.Purpose purpose, String link, Instant expiresAt) {}

  private final Accounts accounts;
  private final Hospitals hospitals;
  private final TransactionOperations<Connection> transactions;
  private final JsonMapper json;
  private final Mail mail;

  PasswordLinkMail(
      Accounts accounts,
      Hospitals hospitals,
      TransactionOperations<Connection> transactions,
      JsonMapper json,
      Mail mail) {
    this.accounts = accounts;
    this.hospitals = hospitals;
    this.transactions = transactions;
    this.json = json;
    this.mail = mail;
  }

  @Override
  public Set<String> types() {
    return Set.of(UserDirectory.MAIL_EVENT);
  }

  @Override
  public void deliver(OutboxEvent event) throws Exception {
    Notice notice = json.readValue(event.payload(), Notice.class);
    var account = transactions.executeRead(status -> accounts.account(notice.userId()));
    if (account.isEmpty() || account.get().email() == null || !account.get().enabled()) {
      LOG.info("Password link {} not mailed: no enabled account with an address", event.eventId());
      return;
    }
    var zone = transactions.executeRead(status -> hospitals.zone(account.get().tenantId()));
    Composed composed =
        compose(
            notice.purpose(),
            account.get().displayName(),
            notice.link(),
            WHEN.format(notice.expiresAt().atZone(zone == null ? ZoneOffset.UTC : zone)));
    mail.send(
        account.get().email(), composed.subject(), composed.body(), event.eventId().toString());
  }

  record Composed(String subject, String body) {}

  static Composed compose(PasswordLinks.Purpose purpose, String name, String link, String until) {
    boolean invitation = purpose == PasswordLinks.Purpose.INVITATION;
    String subject = invitation ? "You are invited to Medley" : "Set a new password for Medley";
    String body =
        "Hello "
            + name
            + ",\n\n"
            + (invitation
                ? "An administrator created a Medley account for you. Choose your password here:"
                : "An administrator asked Medley to let you set a new password. Choose it here:")
            + "\n\n"
            + link
            + "\n\nThe link works once and until "
            + until
            + ". Afterwards you sign in with your e-mail address and that password.\n\n"
            + "If you did not expect this message, ignore it: nothing changes until the link is used."
            + "\n\nThis message was sent automatically; replies to it are not read.\n";
    return new Composed(subject, body);
  }
}
