package org.medley.desk.internal;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.exceptions.HttpStatusException;
import io.micronaut.transaction.annotation.ReadOnly;
import jakarta.inject.Singleton;
import java.util.Optional;
import org.medley.desk.MailDesk;
import org.medley.desk.TicketType;
import org.medley.identity.Accounts;
import org.medley.identity.Caller;

/**
 * {@link MailDesk} on the portal's own use cases ({@link TicketIntake}, {@link TicketComments},
 * {@link AttachmentDesk}), each called as the mail's author: what a person may not do in the portal
 * they may not do by mail either.
 */
@Singleton
class MailTicketDesk implements MailDesk {

  /** A ticket's title is at most this long; a longer subject is cut. */
  static final int MAX_TITLE = 200;

  private final TicketIntake intake;
  private final TicketComments comments;
  private final AttachmentDesk attachments;
  private final TicketStore store;
  private final Accounts accounts;
  private final AttachmentPolicy policy;

  MailTicketDesk(
      TicketIntake intake,
      TicketComments comments,
      AttachmentDesk attachments,
      TicketStore store,
      Accounts accounts) {
    this.intake = intake;
    this.comments = comments;
    this.attachments = attachments;
    this.store = store;
    this.accounts = accounts;
    this.policy = new AttachmentPolicy(attachments.maxBytes());
  }

  @Override
  @ReadOnly
  public Optional<TicketRef> byNumber(long tenantId, String number) {
    return store.idByNumber(tenantId, number).flatMap(id -> ticket(tenantId, id));
  }

  @Override
  @ReadOnly
  public Optional<TicketRef> ticket(long tenantId, long ticketId) {
    return store
        .find(tenantId, ticketId)
        .map(t -> new TicketRef(t.id(), t.number(), t.requesterId(), t.status()));
  }

  @Override
  public TicketRef open(long accountId, String title, String description, @Nullable Long groupId) {
    Caller caller = caller(accountId);
    String shown = title.isBlank() ? "(no subject)" : title.strip();
    if (shown.length() > MAX_TITLE) {
      shown = shown.substring(0, MAX_TITLE - 1) + "…";
    }
    TicketViews.TicketView view =
        intake.create(
            caller,
            new TicketIntake.NewTicket(
                TicketType.INCIDENT,
                shown,
                description.isBlank() ? "(The mail had no text.)" : description,
                null,
                3,
                3,
                false,
                1),
            groupId);
    return new TicketRef(view.id(), view.number(), accountId, view.status());
  }

  @Override
  public void reply(long accountId, long ticketId, String body) {
    comments.comment(caller(accountId), ticketId, body, "PUBLIC");
  }

  @Override
  public void attach(long accountId, long ticketId, String name, byte[] content) {
    attachments.attach(caller(accountId), ticketId, name, content, "PUBLIC");
  }

  @Override
  public @Nullable String refusal(String name, byte[] content) {
    AttachmentPolicy.Verdict verdict = policy.check(name, content);
    return verdict instanceof AttachmentPolicy.Refused refused ? refused.reason() : null;
  }

  @Override
  public long maxAttachmentBytes() {
    return policy.maxBytes();
  }

  private Caller caller(long accountId) {
    Accounts.Account account =
        accounts
            .account(accountId)
            .filter(Accounts.Account::enabled)
            .orElseThrow(
                () -> new HttpStatusException(HttpStatus.FORBIDDEN, "No such enabled account."));
    return new Caller(
        account.username(),
        account.displayName(),
        account.tenantId(),
        account.organizationId(),
        account.roles());
  }
}
