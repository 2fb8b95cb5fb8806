package org.medley.identity.internal;

import jakarta.inject.Singleton;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Random;
import org.medley.demo.DemoContext;
import org.medley.demo.DemoContribution;
import org.medley.identity.OrganizationKind;

/**
 * The demo hospital's organisations and accounts: Riverside Health (the tenant), two partners, the
 * eight demo logins (password {@code demo}), Apex's account manager and the clinicians who file
 * tickets (no password).
 */
@Singleton
class DemoAccounts implements DemoContribution {

  static final String TENANT = "Riverside Health";

  /** The demo hospital's zone, that of its calendars (DemoCalendars). */
  static final String ZONE = "America/New_York";

  static final String NORTHWIND = "Northwind Managed Services";
  static final String APEX = "Apex Clinical IT Staffing";

  static final List<String> USERNAMES =
      List.of("enduser", "agent", "partner", "partnermgr", "apex", "leader", "exec", "admin");

  private record Login(String username, String name, String title, String org, String roles) {}

  private static final List<Login> LOGINS =
      List.of(
          new Login("enduser", "Nora Patel", "Charge Nurse, 4 West", TENANT, "end-user"),
          new Login(
              "agent", "Dana Whitfield", "Service Desk Analyst (L1)", TENANT, "agent,end-user"),
          new Login("partner", "Sam Okafor", "Northwind Desk Analyst", NORTHWIND, "partner-agent"),
          // Northwind's partner manager: its marketplace profile, proposals and scorecard; hears
          // of the OLA breaches of its engagement and reads the tickets its desk holds.
          new Login(
              "partnermgr",
              "Priya Raman",
              "Northwind Service Delivery Manager",
              NORTHWIND,
              "partner-manager,partner-agent"),
          new Login(
              "leader",
              "Maria Chen",
              "Director, Clinical Applications",
              TENANT,
              "it-leader,end-user"),
          new Login(
              "exec", "Robert Hale", "Chief Information Officer", TENANT, "executive,end-user"),
          new Login(
              "admin",
              "Alex Kim",
              "Medley Administrator",
              TENANT,
              "admin,agent,it-leader,executive"),
          // Apex works without a business associate agreement: its agent reads patient details
          // masked, so anyone can see the minimum-necessary filter at work. (Last, so the ids of
          // the accounts above stay as they were.)
          new Login("apex", "Gordon Mills", "Apex Legacy Support Analyst", APEX, "partner-agent"));

  private static final String[] FIRST =
      "Aisha Ben Carla Diego Elena Farah Grace Hiro Isabel Jamal Kara Liam Mei Nikhil Olivia Pedro Quinn Rosa Sofia Tomas Uma Victor Wen Yara Zoe Amir Bianca Chidi Dmitri Esther"
          .split(" ");
  private static final String[] LAST =
      "Abbott Brennan Castillo Dubois Eriksen Fischer Garcia Haddad Ibarra Jensen Kowalski Lindqvist Moreau Nakamura Okoye Petrov Quintero Rahman Santos Tanaka"
          .split(" ");
  private static final String[] TITLES = {
    "Registered Nurse, ED", "Physician, Internal Medicine", "Registration Clerk", "Pharmacist",
    "Lab Technologist", "Radiology Technologist", "Unit Secretary, ICU", "Nurse Practitioner",
    "Respiratory Therapist", "Scheduler, Outpatient Clinics", "Hospitalist", "Care Manager"
  };

  @Override
  public int order() {
    return 10;
  }

  @Override
  public void seed(DemoContext context) throws SQLException {
    long tenant = organization(context, OrganizationKind.HEALTH_SYSTEM, TENANT);
    context.register(DemoContext.TENANT, DemoContext.TENANT, tenant);
    context.register(
        "partner", "Northwind", organization(context, OrganizationKind.PARTNER, NORTHWIND));
    context.register("partner", "Apex", organization(context, OrganizationKind.PARTNER, APEX));
    for (String vendor :
        List.of("Epic Systems", "Oracle Health", "Philips", "GE HealthCare", "Microsoft")) {
      context.register("vendor", vendor, organization(context, OrganizationKind.VENDOR, vendor));
    }
    String hash = Passwords.hash("demo");
    for (Login login : LOGINS) {
      long id =
          account(
              context,
              context.id("organization", login.org()),
              login.username(),
              login.name(),
              login.title(),
              hash,
              login.roles());
      context.register("user", login.username(), id);
    }
    // Apex's account manager signs in through the hospital's identity provider, if at all: no
    // demo password, but an account its engagement can name as the partner's manager.
    context.register(
        "user",
        "apex-manager",
        account(
            context,
            context.id("partner", "Apex"),
            "mbell",
            "Marcus Bell",
            "Apex Account Manager",
            null,
            "partner-agent"));
    Random random = context.random("clinicians");
    for (int i = 0; i < 48; i++) {
      String first = FIRST[random.nextInt(FIRST.length)];
      String last = LAST[random.nextInt(LAST.length)];
      String username = (first.charAt(0) + last).toLowerCase() + i;
      long id =
          account(
              context,
              tenant,
              username,
              first + " " + last,
              TITLES[random.nextInt(TITLES.length)],
              null,
              "end-user");
      context.register("requester", username, id);
    }
    context.register("requester", "enduser", context.id("user", "enduser"));
    // Northwind works the overnight desk under a business associate agreement; Apex, a staffing
    // firm, has none, so its people would read tickets through the minimum-necessary filter.
    LocalDate today = LocalDate.ofInstant(context.now(), ZoneOffset.UTC);
    context.execute(
        "INSERT INTO business_associate_agreements (tenant_id, partner_id, reference,"
            + " effective_from, effective_until, recorded_by, recorded_at) VALUES (?,?,?,?,?,?,?)",
        tenant,
        context.id("partner", "Northwind"),
        "BAA-" + today.getYear() + "-014 (Northwind overnight desk)",
        java.sql.Date.valueOf(today.withDayOfYear(1)),
        java.sql.Date.valueOf(today.withDayOfYear(1).plusYears(2).minusDays(1)),
        context.id("user", "admin"),
        java.sql.Timestamp.from(context.now()));
  }

  private static long account(
      DemoContext context,
      long organization,
      String username,
      String name,
      String title,
      String passwordHash,
      String roles)
      throws SQLException {
    return context.insert(
        "INSERT INTO user_accounts (organization_id, tenant_id, username, display_name, email,"
            + " job_title, password_hash, roles, enabled, created_at) VALUES (?,?,?,?,?,?,?,?,?,?)",
        organization,
        context.tenantId(),
        username,
        name,
        username + "@riverside-health.example",
        title,
        passwordHash,
        roles,
        true,
        context.now());
  }

  private static long organization(DemoContext context, OrganizationKind kind, String name)
      throws SQLException {
    long id =
        context.insert(
            "INSERT INTO organizations (kind, name, created_at, time_zone) VALUES (?, ?, ?, ?)",
            kind.name(),
            name,
            context.now(),
            kind == OrganizationKind.HEALTH_SYSTEM ? ZONE : "UTC");
    context.register("organization", name, id);
    return id;
  }
}
