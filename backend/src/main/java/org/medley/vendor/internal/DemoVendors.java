package org.medley.vendor.internal;

import jakarta.inject.Singleton;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.medley.demo.DemoContext;
import org.medley.demo.DemoContribution;
import org.medley.desk.DemoTickets;
import org.medley.desk.PendingReason;
import org.medley.desk.TicketStatus;

/**
 * The demo hospital's vendor directory: its five vendors set up for cases by e-mail (at example
 * addresses: the demo sends no mail), and a vendor case for every demo ticket that already waits
 * for its application's vendor, so the vendor call list is not empty. (The catalog's demo names
 * each application's vendor.)
 */
@Singleton
class DemoVendors implements DemoContribution {

  private record Demo(String name, String email, String pattern, String contact, String role) {}

  private static final List<Demo> VENDORS =
      List.of(
          new Demo(
              "Epic Systems",
              "support@epic.example",
              "SLG[- ]?(\\d{6,9})",
              "Morgan Lee",
              "Technical services"),
          new Demo(
              "Oracle Health",
              "servicerequests@oraclehealth.example",
              "SR ?#?(\\d-\\d{10})",
              "Luis Ortega",
              "Client executive"),
          new Demo(
              "Philips", "pacs.support@philips.example", "Case (\\d{8})", "Anke de Vries", null),
          new Demo(
              "GE HealthCare",
              "imaging.support@gehealthcare.example",
              "(?:Case|Ref)[: ]+(\\d{7,10})",
              "Ray Patel",
              "Field engineer"),
          new Demo(
              "Microsoft",
              "dragon.support@microsoft.example",
              "Case #?(\\d{16})",
              "Support desk",
              null));

  @Override
  public int order() {
    return 55;
  }

  @Override
  public void seed(DemoContext context) throws SQLException {
    long tenant = context.tenantId();
    Timestamp now = Timestamp.from(context.now());
    for (Demo vendor : VENDORS) {
      long id = context.id("vendor", vendor.name());
      context.execute(
          "INSERT INTO vendor_profiles (tenant_id, vendor_id, channel, case_email, case_pattern,"
              + " version, created_at) VALUES (?, ?, 'EMAIL', ?, ?, 0, ?)",
          tenant,
          id,
          vendor.email(),
          vendor.pattern(),
          now);
      context.execute(
          "INSERT INTO vendor_contacts (tenant_id, vendor_id, position, name, email, phone, role)"
              + " VALUES (?, ?, 0, ?, ?, ?, ?)",
          tenant,
          id,
          vendor.contact(),
          vendor.email(),
          "+1 555 0100",
          vendor.role());
    }
    seedCases(context, tenant);
  }

  /** A case for each ticket that waits for its application's vendor. */
  private static void seedCases(DemoContext context, long tenant) throws SQLException {
    List<String> linked = context.keys(DemoContext.VENDOR_OF_APPLICATION);
    Random random = context.random("vendor-cases");
    Map<Long, String> names = new HashMap<>();
    for (String name : context.keys("vendor")) {
      names.put(context.id("vendor", name), name);
    }
    for (DemoTickets.Ticket ticket : DemoTickets.seeded(context)) {
      String application = String.valueOf(ticket.applicationId());
      if (ticket.status() != TicketStatus.PENDING
          || ticket.pendingReason() != PendingReason.VENDOR
          || !linked.contains(application)) {
        continue;
      }
      Instant opened = ticket.updated().minus(Duration.ofMinutes(5));
      // Two in three vendors have answered with their case number by now.
      boolean answered = random.nextInt(3) > 0;
      long vendor = context.id(DemoContext.VENDOR_OF_APPLICATION, application);
      String number = answered ? String.valueOf(10_000_000 + random.nextInt(89_999_999)) : null;
      context.execute(
          "INSERT INTO vendor_cases (tenant_id, ticket_id, ticket_number, vendor_id, case_number,"
              + " status, opened_at, opened_by, escalations, last_sent_at, delivery,"
              + " last_reply_at, version) VALUES (?, ?, ?, ?, ?, 'OPEN', ?, 'Dana Whitfield', 1, ?,"
              + " 'SENT', ?, 0)",
          tenant,
          ticket.id(),
          ticket.number(),
          vendor,
          number,
          Timestamp.from(opened),
          Timestamp.from(opened),
          answered ? Timestamp.from(opened.plus(Duration.ofHours(2))) : null);
      if (number != null) {
        // The case number is the ticket's reference in the vendor's system, as a live case's is.
        DemoTickets.reference(
            context,
            ticket.id(),
            VendorCases.referenceSystem(names.get(vendor)),
            number,
            opened.plus(Duration.ofHours(2)));
      }
    }
  }
}
