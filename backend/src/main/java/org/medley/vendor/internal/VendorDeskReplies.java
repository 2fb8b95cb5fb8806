package org.medley.vendor.internal;

import jakarta.inject.Singleton;
import java.util.List;
import java.util.Optional;
import org.medley.desk.DeskActions;
import org.medley.desk.PartnerDeskActions;
import org.medley.ebonding.DeskChangeClaim;
import org.medley.identity.OrganizationNames;
import org.medley.integrations.api.DeskChange;

/**
 * What a vendor does to a case in its own desk, read by the e-bonding connector the vendor's
 * channel names: every change becomes an INTERNAL comment on the ticket (a vendor's reply is the
 * desk's to pass on; a vendor resolving its case does not resolve the hospital's ticket), and the
 * case records that the vendor answered. The agent resumes the ticket and closes the case.
 */
@Singleton
class VendorDeskReplies implements DeskChangeClaim {

  private final VendorCases cases;
  private final DeskActions deskActions;
  private final PartnerDeskActions comments;
  private final OrganizationNames organizations;

  VendorDeskReplies(
      VendorCases cases,
      DeskActions deskActions,
      PartnerDeskActions comments,
      OrganizationNames organizations) {
    this.cases = cases;
    this.deskActions = deskActions;
    this.comments = comments;
    this.organizations = organizations;
  }

  @Override
  public boolean claim(
      long tenantId, long connectorId, long ticketId, String actor, DeskChange change) {
    Optional<CaseStore.Row> found =
        cases.inDesk(tenantId, ticketId, connectorId, change.externalId());
    if (found.isEmpty()) {
      return false;
    }
    deskActions.lockTicket(tenantId, ticketId);
    CaseStore.Row row = found.get();
    cases.repliedInDesk(row);
    String vendor =
        organizations.names(List.of(row.vendorId())).getOrDefault(row.vendorId(), "The vendor");
    comments.comment(
        tenantId,
        ticketId,
        actor,
        PartnerDeskActions.Visibility.INTERNAL,
        text(vendor, row.caseNumber(), change));
    return true;
  }

  static String text(String vendor, String caseNumber, DeskChange change) {
    String words = change.text() == null || change.text().isBlank() ? "" : change.text().strip();
    String what =
        switch (change.kind()) {
          case PUBLIC_REPLY, INTERNAL_NOTE -> vendor + " answered";
          case IN_PROGRESS -> vendor + " is working on its case";
          case ON_HOLD -> vendor + " put its case on hold";
          case RESOLVED ->
              vendor + " resolved its case; resume the ticket once the fix is confirmed";
          case CANCELLED -> vendor + " closed its case without a fix";
          case REJECTED -> vendor + " refused the case";
          case ASSIGNEE ->
              vendor + " assigned its case to " + (words.isEmpty() ? "someone" : words);
        };
    String header = what + (caseNumber == null ? "" : " (case " + caseNumber + ")");
    boolean repeat = change.kind() == DeskChange.Kind.ASSIGNEE || words.isEmpty();
    String text = repeat ? header + "." : header + ":\n\n" + words;
    return text.length() <= 20_000 ? text : text.substring(0, 19_999) + "…";
  }
}
