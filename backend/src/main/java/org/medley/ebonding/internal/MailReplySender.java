package org.medley.ebonding.internal;

import io.micronaut.context.annotation.Requires;
import io.micronaut.json.JsonMapper;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.Set;
import org.medley.outbox.Mail;
import org.medley.outbox.OutboxEvent;
import org.medley.outbox.OutboxHandler;

/** Sends the support mailbox's polite answers ({@link MailReplies}) after their mail was keyed. */
@Singleton
@Requires(property = "medley.mail.enabled", value = "true")
class MailReplySender implements OutboxHandler {

  private final Mail mail;
  private final JsonMapper json;

  MailReplySender(Mail mail, JsonMapper json) {
    this.mail = mail;
    this.json = json;
  }

  @Override
  public Set<String> types() {
    return Set.of(MailReplies.TYPE);
  }

  @Override
  public void deliver(OutboxEvent event) throws Exception {
    MailReplies.Reply reply = json.readValue(event.payload(), MailReplies.Reply.class);
    mail.send(
        reply.to(),
        reply.subject(),
        reply.body(),
        event.eventId().toString(),
        List.of(reply.inReplyTo()));
  }
}
