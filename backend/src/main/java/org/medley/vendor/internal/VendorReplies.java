package org.medley.vendor.internal;

import jakarta.inject.Singleton;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.medley.desk.DeskActions;
import org.medley.desk.MailDesk;
import org.medley.desk.PartnerDeskActions;
import org.medley.ebonding.MailClaim;
import org.medley.identity.Accounts;
import org.medley.identity.OrganizationNames;
import org.medley.integrations.api.InboundMail;

/**
 * A vendor's answers, read by the support mailbox: a mail that answers one of a case's mails
 * ({@code In-Reply-To}/{@code References}), or comes from a vendor's domain with a ticket token
 * ({@code [INC-000123]}) of a ticket that has a case with that vendor, is the case's. It becomes an
 * INTERNAL comment on the ticket (the vendor's words are the desk's to pass on), and gives the case
 * its number when the vendor's pattern finds one. The ticket keeps waiting: the agent reads the
 * answer and resumes it.
 */
@Singleton
class VendorReplies implements MailClaim {

  private static final Pattern TICKET_TOKEN = Pattern.compile("\\[((?:INC|REQ)-\\d{3,12})]");

  private final VendorCases cases;
  private final VendorDirectory directory;
  private final MailDesk mailDesk;
  private final DeskActions deskActions;
  private final PartnerDeskActions comments;
  private final OrganizationNames organizations;
  private final Accounts accounts;

  VendorReplies(
      VendorCases cases,
      VendorDirectory directory,
      MailDesk mailDesk,
      DeskActions deskActions,
      PartnerDeskActions comments,
      OrganizationNames organizations,
      Accounts accounts) {
    this.accounts = accounts;
    this.cases = cases;
    this.directory = directory;
    this.mailDesk = mailDesk;
    this.deskActions = deskActions;
    this.comments = comments;
    this.organizations = organizations;
  }

  @Override
  public boolean claim(long tenantId, long connectorId, InboundMail mail) {
    Optional<CaseStore.Row> found = cases.byThread(tenantId, mail.answers());
    if (found.isEmpty() && mail.automatic() == null) {
      // A machine's mail is the case's only when it answers the case's own mail.
      found = byVendorAndToken(tenantId, mail);
    }
    if (found.isEmpty()) {
      return false;
    }
    CaseStore.Row row = found.get();
    deskActions.lockTicket(tenantId, row.ticketId());
    String vendor =
        organizations
            .names(java.util.List.of(row.vendorId()))
            .getOrDefault(row.vendorId(), "Vendor");
    String actor = vendor + " (vendor): " + mail.from();
    if (!cases.answered(row, mail.messageId(), mail.subject(), mail.text(), actor)) {
      return true;
    }
    comments.comment(
        tenantId,
        row.ticketId(),
        actor.length() <= 200 ? actor : actor.substring(0, 200),
        PartnerDeskActions.Visibility.INTERNAL,
        body(vendor, mail));
    return true;
  }

  /** A vendor's mail that names a ticket by its token but answers none of Medley's mails. */
  private Optional<CaseStore.Row> byVendorAndToken(long tenantId, InboundMail mail) {
    Matcher token = TICKET_TOKEN.matcher(mail.subject());
    if (!token.find()) {
      return Optional.empty();
    }
    String domain = VendorDirectory.Profile.domain(mail.from());
    Set<Long> vendors =
        directory.profiles(tenantId).stream()
            .filter(p -> p.domains().contains(domain))
            .map(VendorDirectory.Profile::vendorId)
            .collect(Collectors.toSet());
    if (vendors.isEmpty() || isTenantAccount(tenantId, mail.from())) {
      // One of the hospital's own people (a requester on a shared domain) is never the vendor.
      return Optional.empty();
    }
    return mailDesk
        .byNumber(tenantId, token.group(1))
        .flatMap(ticket -> cases.latest(tenantId, ticket.id(), vendors));
  }

  private boolean isTenantAccount(long tenantId, String address) {
    return accounts.accountsBySignIn(tenantId, address).stream()
        .anyMatch(a -> a.tenantId() == tenantId && address.equalsIgnoreCase(a.email()));
  }

  private static String body(String vendor, InboundMail mail) {
    StringBuilder body =
        new StringBuilder(mail.automatic() == null ? "Answer from " : "Automatic answer from ")
            .append(vendor)
            .append(" by e-mail (")
            .append(mail.from())
            .append("), subject “")
            .append(mail.subject())
            .append("”:\n\n")
            .append(mail.text().isBlank() ? "(The mail had no text.)" : mail.text().strip());
    if (!mail.attachments().isEmpty()) {
      // Files stay in the mailbox: the vendor's attachments are logs and screenshots the agent
      // fetches from there when needed, not patient-facing ticket files.
      body.append("\n\nFiles in the vendor's mail (kept in the mailbox, not attached here): ")
          .append(
              mail.attachments().stream()
                  .map(InboundMail.Attachment::name)
                  .collect(Collectors.joining(", ")));
    }
    String text = body.toString();
    return text.length() <= 20_000 ? text : text.substring(0, 19_999) + "…";
  }
}
