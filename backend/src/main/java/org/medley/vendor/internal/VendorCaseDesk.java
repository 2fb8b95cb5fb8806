package org.medley.vendor.internal;

import io.micronaut.json.JsonMapper;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.time.Duration;
import java.util.Set;
import org.medley.ebonding.CaseDesks;
import org.medley.integrations.api.DeskReceipt;
import org.medley.integrations.api.DeskRefused;
import org.medley.integrations.api.DeskUnavailable;
import org.medley.outbox.OutboxEvent;
import org.medley.outbox.OutboxHandler;

/**
 * Carries a vendor case to a vendor that has its own desk: the first send opens the case there (the
 * desk's id is kept for its answers and its display name is the case number), a re-escalation adds
 * a comment the vendor reads. The desk refusing parks the event (the case shows FAILED); a desk
 * that does not answer is tried again by the relay.
 */
@Singleton
class VendorCaseDesk implements OutboxHandler {

  static final String TYPE = "vendor.case-desk";

  /** What the outbox stores: the text as it may leave (already through the PHI filter). */
  @Serdeable
  record CaseCall(
      long tenantId,
      long caseId,
      long connectorId,
      boolean open,
      String subject,
      String body,
      String priority) {}

  private final CaseDesks desks;
  private final VendorCases cases;
  private final JsonMapper json;
  private final TransactionOperations<Connection> transactions;

  VendorCaseDesk(
      CaseDesks desks,
      VendorCases cases,
      JsonMapper json,
      TransactionOperations<Connection> transactions) {
    this.desks = desks;
    this.cases = cases;
    this.json = json;
    this.transactions = transactions;
  }

  @Override
  public Set<String> types() {
    return Set.of(TYPE);
  }

  @Override
  public Duration longestCall() {
    return desks.longestCall();
  }

  @Override
  public void deliver(OutboxEvent event) throws Exception {
    CaseCall call = json.readValue(event.payload(), CaseCall.class);
    CaseStore.Row row =
        cases
            .find(call.tenantId(), call.caseId())
            .orElseThrow(() -> new Park("The vendor case is gone."));
    try {
      if (call.open() && row.deskExternalId() == null) {
        DeskReceipt receipt =
            desks.open(
                call.tenantId(),
                call.connectorId(),
                event.eventId(),
                row.ticketId(),
                row.ticketNumber(),
                call.subject(),
                call.body(),
                call.priority(),
                row.openedBy());
        transactions.executeWrite(
            status -> {
              cases.openedInDesk(
                  call.tenantId(), call.caseId(), receipt.externalId(), receipt.display());
              return null;
            });
      } else if (!call.open()) {
        if (row.deskExternalId() == null) {
          // The case was never opened there (its create was discarded): nothing to add to.
          throw new DeskRefused(409, "The vendor's desk has no such case.");
        }
        desks.comment(
            call.tenantId(),
            call.connectorId(),
            event.eventId(),
            row.ticketId(),
            row.ticketNumber(),
            row.deskExternalId(),
            call.subject() + "\n\n" + call.body(),
            row.openedBy());
      }
    } catch (DeskRefused refused) {
      cases.undelivered(call.tenantId(), call.caseId(), true, refused.getMessage());
      throw new Park(refused.getMessage(), refused);
    } catch (DeskUnavailable unavailable) {
      cases.undelivered(
          call.tenantId(), call.caseId(), false, "Last try failed: " + unavailable.getMessage());
      throw unavailable;
    }
    cases.delivered(call.tenantId(), call.caseId());
  }
}
