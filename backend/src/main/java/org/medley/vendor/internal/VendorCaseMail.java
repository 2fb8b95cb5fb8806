package org.medley.vendor.internal;

import io.micronaut.context.annotation.Requires;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.json.JsonMapper;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.inject.Singleton;
import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.internet.AddressException;
import java.util.List;
import java.util.Set;
import org.medley.outbox.Mail;
import org.medley.outbox.OutboxEvent;
import org.medley.outbox.OutboxHandler;

/**
 * Sends a vendor case's mail after the escalation committed, threaded under the case's earlier
 * mail, and records on the case whether it left. Written by a person, so it is not marked
 * automatic. An address the server refuses for good parks the event (the case shows FAILED);
 * anything else is retried by the relay, the case showing the last error meanwhile.
 */
@Singleton
@Requires(property = "medley.mail.enabled", value = "true")
class VendorCaseMail implements OutboxHandler {

  static final String TYPE = "vendor.case-mail";

  /** What the outbox stores: the text as it may leave (already through the PHI filter). */
  @Serdeable
  record CaseMail(
      long tenantId,
      long caseId,
      @Nullable String to,
      String subject,
      String body,
      List<String> thread) {}

  private final Mail mail;
  private final JsonMapper json;
  private final VendorCases cases;

  VendorCaseMail(Mail mail, JsonMapper json, VendorCases cases) {
    this.mail = mail;
    this.json = json;
    this.cases = cases;
  }

  @Override
  public Set<String> types() {
    return Set.of(TYPE);
  }

  @Override
  public void deliver(OutboxEvent event) throws Exception {
    CaseMail message = json.readValue(event.payload(), CaseMail.class);
    if (message.to() == null || message.to().isBlank()) {
      cases.undelivered(message.tenantId(), message.caseId(), true, "The vendor has no address.");
      throw new Park("The vendor has no case e-mail address.");
    }
    try {
      mail.send(
          message.to(),
          message.subject(),
          message.body(),
          event.eventId().toString(),
          message.thread(),
          false);
    } catch (AddressException | SendFailedException refused) {
      cases.undelivered(message.tenantId(), message.caseId(), true, refused.getMessage());
      throw new Park(String.valueOf(refused.getMessage()), refused);
    } catch (MessagingException failed) {
      cases.undelivered(
          message.tenantId(), message.caseId(), false, "Last try failed: " + failed.getMessage());
      throw failed;
    }
    cases.delivered(message.tenantId(), message.caseId());
  }
}
